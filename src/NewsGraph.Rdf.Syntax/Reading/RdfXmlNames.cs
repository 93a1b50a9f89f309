namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// The <c>rdf:</c> names RDF/XML gives a meaning to (RDF/XML §7.2.2 to §7.2.5), and which of them
/// each position of the grammar forbids.
/// </summary>
internal static class RdfXmlNames
{
    public const string Rdf = Vocab.Rdf.Namespace;
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
    public const string Xmlns = "http://www.w3.org/2000/xmlns/";

    public static readonly Iri Statement = new(Rdf + "Statement");
    public static readonly Iri Subject = new(Rdf + "subject");
    public static readonly Iri Predicate = new(Rdf + "predicate");
    public static readonly Iri Object = new(Rdf + "object");
    public static readonly Iri XmlLiteral = new(Rdf + "XMLLiteral");

    /// <summary>The attributes that may still be written without a namespace, for RDF/XML's first drafts (§6.1.4).</summary>
    private static readonly HashSet<string> UnqualifiedAttributes = new(StringComparer.Ordinal) { "ID", "about", "resource", "parseType", "type" };

    private static readonly HashSet<string> CoreSyntaxTerms = new(StringComparer.Ordinal) { "RDF", "ID", "about", "parseType", "resource", "nodeID", "datatype" };

    /// <summary>Names withdrawn from the language; still reserved so that old documents fail loudly.</summary>
    private static readonly HashSet<string> OldTerms = new(StringComparer.Ordinal) { "aboutEach", "aboutEachPrefix", "bagID" };

    /// <summary>The namespace an attribute is taken to be in: the rdf: namespace for the few legacy unqualified names.</summary>
    public static bool TryQualifyUnqualifiedAttribute(string local, out string ns)
    {
        ns = UnqualifiedAttributes.Contains(local) ? Rdf : "";
        return ns.Length > 0;
    }

    /// <summary>True for the attributes XML reserves (xml:* and names starting with "xml"), which RDF/XML ignores.</summary>
    public static bool IsReservedXmlAttribute(string ns, string local) =>
        ns == Xml || ns == Xmlns || (ns.Length == 0 && local.StartsWith("xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>nodeElementURIs: anything but the syntax terms, rdf:li and the old terms.</summary>
    public static bool IsForbiddenNodeElement(string ns, string local) =>
        ns == Rdf && (CoreSyntaxTerms.Contains(local) || OldTerms.Contains(local) || local == "li");

    /// <summary>propertyElementURIs: anything but the syntax terms, rdf:Description and the old terms.</summary>
    public static bool IsForbiddenPropertyElement(string ns, string local) =>
        ns == Rdf && (CoreSyntaxTerms.Contains(local) || OldTerms.Contains(local) || local == "Description");

    /// <summary>propertyAttributeURIs: anything but the syntax terms, rdf:Description, rdf:li and the old terms.</summary>
    public static bool IsForbiddenPropertyAttribute(string ns, string local) =>
        ns == Rdf && (CoreSyntaxTerms.Contains(local) || OldTerms.Contains(local) || local is "Description" or "li");

    /// <summary>The predicate <c>rdf:_n</c> that the n-th <c>rdf:li</c> of a node stands for.</summary>
    public static string Member(int n) => Rdf + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
