namespace NewsGraph.Rdf;

/// <summary>
/// A small in-memory RDF dataset: a set of quads in insertion order. It is the exchange type of
/// the RDF core (parsers fill it, writers and comparisons read it); the indexed stores that the
/// query engine runs on live in their own projects.
/// </summary>
public sealed class Dataset : IReadOnlyCollection<Quad>
{
    private readonly HashSet<Quad> _set = [];
    private readonly List<Quad> _ordered = [];

    public Dataset()
    {
    }

    public Dataset(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            Add(q);
        }
    }

    public int Count => _ordered.Count;

    /// <summary>Adds the quad; returns false if it was already there.</summary>
    public bool Add(Quad quad)
    {
        if (!_set.Add(quad))
        {
            return false;
        }

        _ordered.Add(quad);
        return true;
    }

    public bool Add(Triple triple) => Add(triple.InGraph(null));

    public bool Contains(Quad quad) => _set.Contains(quad);

    public IEnumerable<Triple> DefaultGraph => _ordered.Where(q => q.Graph is null).Select(q => q.Triple);

    public IEnumerator<Quad> GetEnumerator() => _ordered.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
