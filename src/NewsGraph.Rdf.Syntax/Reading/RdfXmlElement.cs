namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// One start tag as RDF/XML sees it: its expanded name, where it is, the base IRI and language
/// in force inside it, and its attributes less the namespace declarations and <c>xml:*</c>.
/// </summary>
internal sealed record RdfXmlElement(
    string Namespace,
    string LocalName,
    string Name,
    bool IsEmpty,
    int Line,
    int Column,
    string? BaseIri,
    string Language,
    IReadOnlyList<RdfXmlAttribute> Attributes)
{
    /// <summary>The name as an IRI: namespace name followed by local name (RDF/XML §6.1.2).</summary>
    public string Iri => Namespace + LocalName;

    public bool IsRdf(string localName) => Namespace == RdfXmlNames.Rdf && LocalName == localName;
}

/// <summary>An attribute of an <see cref="RdfXmlElement"/>, with its own position for error messages.</summary>
internal readonly record struct RdfXmlAttribute(string Namespace, string LocalName, string Name, string Value, int Line, int Column)
{
    public string Iri => Namespace + LocalName;

    public bool IsRdf(string localName) => Namespace == RdfXmlNames.Rdf && LocalName == localName;
}
