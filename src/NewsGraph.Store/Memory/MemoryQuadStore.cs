namespace NewsGraph.Store.Memory;

/// <summary>
/// The in-memory quad store: a term dictionary, the set of encoded quads, and six sorted indexes
/// (SPOG, POSG, OSPG, GSPO, GPOS, GOSP) so that every quad pattern is one index range.
/// Not thread-safe for writers; concurrent readers are fine once the indexes are built.
/// </summary>
public sealed class MemoryQuadStore : IQuadStore
{
    private readonly TermDictionary _dictionary = new();
    private readonly HashSet<EncodedQuad> _quads = [];
    private readonly HashSet<int> _namedGraphs = [];
    private readonly SortedQuadIndex[] _indexes = Enum.GetValues<QuadOrder>().Select(o => new SortedQuadIndex(o)).ToArray();
    private readonly Lock _rebuild = new();

    public long Count => _quads.Count;

    public int Lookup(Term term) => _dictionary.Lookup(term);

    public Term Decode(int id) => _dictionary.Decode(id);

    /// <summary>Adds many quads; the indexes are built once, when next read.</summary>
    public void Load(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            Add(q);
        }
    }

    public bool Add(Quad quad)
    {
        var g = quad.Graph is null ? TermIds.DefaultGraph : _dictionary.Encode(quad.Graph);
        var encoded = new EncodedQuad(_dictionary.Encode(quad.Subject), _dictionary.Encode(quad.Predicate), _dictionary.Encode(quad.Obj), g);
        if (!_quads.Add(encoded))
        {
            return false;
        }

        if (g != TermIds.DefaultGraph)
        {
            _namedGraphs.Add(g);
        }

        MarkStale();
        return true;
    }

    public bool Remove(Quad quad)
    {
        if (!TryEncode(quad, out var encoded) || !_quads.Remove(encoded))
        {
            return false;
        }

        MarkStale();
        return true;
    }

    public bool CreateGraph(Term graph) => _namedGraphs.Add(_dictionary.Encode(graph));

    public bool DropGraph(Term graph)
    {
        var g = _dictionary.Lookup(graph);
        if (g == TermIds.None || !_namedGraphs.Remove(g))
        {
            return false;
        }

        if (_quads.RemoveWhere(q => q.G == g) > 0)
        {
            MarkStale();
        }

        return true;
    }

    public IEnumerable<int> NamedGraphs() => _namedGraphs;

    /// <summary>Builds any index not yet built, so that the first query does not pay for it.</summary>
    public void BuildIndexes()
    {
        foreach (var order in Enum.GetValues<QuadOrder>())
        {
            Index(order);
        }
    }

    /// <summary>Every quad, decoded.</summary>
    public IEnumerable<Quad> Quads()
    {
        foreach (var q in Match(0, 0, 0, 0))
        {
            yield return new Quad(Decode(q.S), (Iri)Decode(q.P), Decode(q.O), q.G == TermIds.DefaultGraph ? null : Decode(q.G));
        }
    }

    public IEnumerable<EncodedQuad> Match(int s, int p, int o, int g)
    {
        var (order, bound, prefix) = QuadKeys.Plan(s, p, o, g);
        var index = Index(order);
        var (start, end) = index.Range(prefix, bound);
        return Scan(index.Order, index.Current, start, end, g == TermIds.AnyNamedGraph);
    }

    public long CountMatches(int s, int p, int o, int g)
    {
        var (order, bound, prefix) = QuadKeys.Plan(s, p, o, g);
        var (start, end) = Index(order).Range(prefix, bound);
        long count = end - start;
        if (g == TermIds.AnyNamedGraph)
        {
            count -= CountMatches(s, p, o, TermIds.DefaultGraph);
        }

        return count;
    }

    private static IEnumerable<EncodedQuad> Scan(QuadOrder order, SortedQuadIndex.Keys keys, int start, int end, bool namedOnly)
    {
        for (var i = start; i < end; i++)
        {
            var q = QuadKeys.Unpack(order, keys[i]);
            if (!namedOnly || q.G != TermIds.DefaultGraph)
            {
                yield return q;
            }
        }
    }

    private bool TryEncode(Quad quad, out EncodedQuad encoded)
    {
        var s = _dictionary.Lookup(quad.Subject);
        var p = _dictionary.Lookup(quad.Predicate);
        var o = _dictionary.Lookup(quad.Obj);
        var g = quad.Graph is null ? TermIds.DefaultGraph : _dictionary.Lookup(quad.Graph);
        encoded = new EncodedQuad(s, p, o, g);
        return s != TermIds.None && p != TermIds.None && o != TermIds.None && g != TermIds.None;
    }

    private SortedQuadIndex Index(QuadOrder order)
    {
        var index = _indexes[(int)order];
        if (index.Stale)
        {
            lock (_rebuild)
            {
                if (index.Stale)
                {
                    index.Rebuild(_quads);
                }
            }
        }

        return index;
    }

    private void MarkStale()
    {
        foreach (var index in _indexes)
        {
            index.Stale = true;
        }
    }
}
