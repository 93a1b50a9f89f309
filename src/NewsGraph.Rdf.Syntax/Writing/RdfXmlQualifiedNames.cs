using System.Xml;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// Splits predicate IRIs into XML qualified names for the RDF/XML writer. An element name must
/// end in an XML name, so the local name is the longest such suffix; each namespace gets the
/// caller's prefix for it if there is one, otherwise <c>ns0</c>, <c>ns1</c>, …
/// </summary>
internal sealed class RdfXmlQualifiedNames(PrefixMap prefixes)
{
    private readonly Dictionary<string, string> _prefixOf = new(StringComparer.Ordinal) { [Vocab.Rdf.Namespace] = "rdf" };
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "rdf" };

    /// <summary>The namespaces handed out so far, other than rdf:, which the writer always declares.</summary>
    public IEnumerable<(string Prefix, string Namespace)> Declared =>
        _prefixOf.Where(p => p.Value != "rdf").Select(p => (p.Value, p.Key));

    public (string Prefix, string LocalName, string Namespace) Split(Iri predicate)
    {
        var iri = predicate.Value;
        var start = iri.Length;
        while (start > 0 && XmlConvert.IsNCNameChar(iri[start - 1]))
        {
            start--;
        }

        while (start < iri.Length && !XmlConvert.IsStartNCNameChar(iri[start]))
        {
            start++;
        }

        if (start == iri.Length || start == 0)
        {
            throw new InvalidOperationException($"RDF/XML cannot write the predicate {predicate}: it must be a namespace followed by an XML name");
        }

        var (ns, localName) = (iri[..start], iri[start..]);

        // These names are syntax in RDF/XML, so as element names they would not read back as themselves.
        if (Reading.RdfXmlNames.IsForbiddenPropertyElement(ns, localName) || (ns == Vocab.Rdf.Namespace && localName == "li"))
        {
            throw new InvalidOperationException($"RDF/XML cannot write the predicate {predicate}: rdf:{localName} is part of its syntax");
        }

        return (PrefixFor(ns), localName, ns);
    }

    private string PrefixFor(string ns)
    {
        if (_prefixOf.TryGetValue(ns, out var prefix))
        {
            return prefix;
        }

        prefix = prefixes.FirstOrDefault(p => p.Value == ns && IsUsablePrefix(p.Key)).Key;
        if (prefix is null)
        {
            var n = 0;
            do
            {
                prefix = "ns" + n++.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            while (_taken.Contains(prefix) || prefixes.TryGetNamespace(prefix, out _));
        }

        _prefixOf[ns] = prefix;
        _taken.Add(prefix);
        return prefix;
    }

    /// <summary>Not taken, an XML name without a colon, and not one of the names XML reserves.</summary>
    private bool IsUsablePrefix(string prefix) =>
        !_taken.Contains(prefix)
        && prefix.Length > 0
        && XmlConvert.IsStartNCNameChar(prefix[0])
        && prefix.All(XmlConvert.IsNCNameChar)
        && !prefix.StartsWith("xml", StringComparison.OrdinalIgnoreCase);
}
