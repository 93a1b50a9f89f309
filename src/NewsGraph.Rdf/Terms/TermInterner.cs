namespace NewsGraph.Rdf;

/// <summary>
/// Hands out one shared <see cref="Iri"/> instance per IRI string, looked up by span so that a
/// parser can turn bytes of input into a term without allocating when the IRI was seen before.
/// The table is bounded: past <see cref="Capacity"/> entries it starts afresh, so a stream of
/// distinct IRIs cannot grow memory without limit.
/// </summary>
public sealed class TermInterner
{
    private readonly Dictionary<string, Iri> _iris;
    private readonly Dictionary<string, Iri>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public TermInterner(int capacity = 1 << 18)
    {
        Capacity = capacity;
        _iris = new Dictionary<string, Iri>(StringComparer.Ordinal);
        _lookup = _iris.GetAlternateLookup<ReadOnlySpan<char>>();
        AddWellKnown();
    }

    public int Capacity { get; }

    public Iri Iri(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var iri))
        {
            return iri;
        }

        if (_iris.Count >= Capacity)
        {
            _iris.Clear();
            AddWellKnown();
        }

        iri = new Iri(value.ToString());
        _iris[iri.Value] = iri;
        return iri;
    }

    public Iri Iri(string value) => _iris.TryGetValue(value, out var iri) ? iri : Iri(value.AsSpan());

    /// <summary>The shared vocabulary instances stay in the table, so comparisons with them remain reference checks.</summary>
    private void AddWellKnown()
    {
        foreach (var known in new[] { Vocab.Rdf.Type, Vocab.Rdf.First, Vocab.Rdf.Rest, Vocab.Rdf.Nil, Vocab.Rdf.LangString, Vocab.Xsd.String, Vocab.Xsd.Boolean, Vocab.Xsd.Integer, Vocab.Xsd.Decimal, Vocab.Xsd.Double })
        {
            _iris[known.Value] = known;
        }
    }
}
