namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// Shortens IRIs to <c>prefix:local</c> with the caller's prefixes, and remembers which prefixes
/// it used so that only those go into the <c>@context</c>.
/// </summary>
internal sealed class JsonLdIriCompactor(PrefixMap? prefixes)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public string Compact(string iri)
    {
        if (prefixes is null || !prefixes.TryCompact(iri, out var prefix, out var local) || !CanCompact(prefix, prefixes, local))
        {
            return iri;
        }

        _used.Add(prefix);
        return prefix + ":" + local;
    }

    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes() => prefixes?.Where(p => _used.Contains(p.Key)) ?? [];

    /// <summary>
    /// JSON-LD 1.1 treats a simple term definition as a prefix only when its IRI ends in a
    /// gen-delim; "_" would make a blank node id, an empty term is invalid, and a local part
    /// starting with "//" would read back as an absolute IRI.
    /// </summary>
    private static bool CanCompact(string prefix, PrefixMap map, string local)
    {
        map.TryGetNamespace(prefix, out var ns);
        return prefix.Length > 0
            && prefix != "_"
            && ns.Length > 0 && ns[^1] is ':' or '/' or '?' or '#' or '[' or ']' or '@'
            && !local.StartsWith("//", StringComparison.Ordinal);
    }
}
