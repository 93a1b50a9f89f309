namespace NewsGraph.Rdf;

/// <summary>
/// Prefixes and their namespace IRIs, in declaration order. Expands prefixed names when parsing
/// and finds the longest matching namespace when writing.
/// </summary>
public sealed class PrefixMap : IEnumerable<KeyValuePair<string, string>>
{
    private readonly Dictionary<string, string> _byPrefix = new(StringComparer.Ordinal);
    private readonly List<string> _order = [];

    public int Count => _order.Count;

    /// <summary>The prefixes most RDF data uses, for writers when the caller gives none.</summary>
    public static PrefixMap Common()
    {
        var map = new PrefixMap();
        map.Set("rdf", Vocab.Rdf.Namespace);
        map.Set("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        map.Set("xsd", Vocab.Xsd.Namespace);
        map.Set("owl", "http://www.w3.org/2002/07/owl#");
        return map;
    }

    /// <summary>Declares (or redeclares) a prefix.</summary>
    public void Set(string prefix, string namespaceIri)
    {
        if (!_byPrefix.ContainsKey(prefix))
        {
            _order.Add(prefix);
        }

        _byPrefix[prefix] = namespaceIri;
    }

    public bool TryGetNamespace(string prefix, out string namespaceIri) => _byPrefix.TryGetValue(prefix, out namespaceIri!);

    public bool TryGetNamespace(ReadOnlySpan<char> prefix, out string namespaceIri) =>
        _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(prefix, out namespaceIri!);

    /// <summary>Splits an IRI into the prefix with the longest matching namespace and the rest.</summary>
    public bool TryCompact(string iri, out string prefix, out string localName)
    {
        prefix = string.Empty;
        localName = string.Empty;
        var best = -1;
        foreach (var p in _order)
        {
            var ns = _byPrefix[p];
            if (ns.Length > best && iri.StartsWith(ns, StringComparison.Ordinal))
            {
                best = ns.Length;
                prefix = p;
            }
        }

        if (best < 0)
        {
            return false;
        }

        localName = iri[best..];
        return true;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var p in _order)
        {
            yield return new KeyValuePair<string, string>(p, _byPrefix[p]);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
