namespace NewsGraph.Rdf.Syntax;

/// <summary>The RDF serialisations NewsGraph reads or writes.</summary>
public enum RdfFormat
{
    NTriples,
    NQuads,
    Turtle,
    TriG,
    RdfXml,

    /// <summary>JSON-LD 1.1; written only (expanded, or compacted by prefixes).</summary>
    JsonLd,
}

public static class RdfFormats
{
    private static readonly (RdfFormat Format, string Name, string Extension, string MediaType)[] Table =
    [
        (RdfFormat.NTriples, "nt", ".nt", "application/n-triples"),
        (RdfFormat.NQuads, "nq", ".nq", "application/n-quads"),
        (RdfFormat.Turtle, "ttl", ".ttl", "text/turtle"),
        (RdfFormat.TriG, "trig", ".trig", "application/trig"),
        (RdfFormat.RdfXml, "rdf", ".rdf", "application/rdf+xml"),
        (RdfFormat.JsonLd, "jsonld", ".jsonld", "application/ld+json"),
    ];

    private static readonly Dictionary<string, RdfFormat> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nt"] = RdfFormat.NTriples,
        ["ntriples"] = RdfFormat.NTriples,
        ["n-triples"] = RdfFormat.NTriples,
        ["nq"] = RdfFormat.NQuads,
        ["nquads"] = RdfFormat.NQuads,
        ["n-quads"] = RdfFormat.NQuads,
        ["ttl"] = RdfFormat.Turtle,
        ["turtle"] = RdfFormat.Turtle,
        ["trig"] = RdfFormat.TriG,
        ["rdf"] = RdfFormat.RdfXml,
        ["rdfxml"] = RdfFormat.RdfXml,
        ["rdf-xml"] = RdfFormat.RdfXml,
        ["xml"] = RdfFormat.RdfXml,
        ["owl"] = RdfFormat.RdfXml,
        ["jsonld"] = RdfFormat.JsonLd,
        ["json-ld"] = RdfFormat.JsonLd,
    };

    public static string Names => "nt, nq, ttl, trig, rdf, jsonld";

    /// <summary>True if the format can hold named graphs.</summary>
    public static bool HasNamedGraphs(this RdfFormat format) => format is RdfFormat.NQuads or RdfFormat.TriG or RdfFormat.JsonLd;

    public static string MediaType(this RdfFormat format) => Table.First(t => t.Format == format).MediaType;

    public static string Extension(this RdfFormat format) => Table.First(t => t.Format == format).Extension;

    public static bool TryParseName(string name, out RdfFormat format) => Aliases.TryGetValue(name.Trim().TrimStart('.'), out format);

    /// <summary>The format named by a file's extension; a trailing <c>.gz</c> is looked through.</summary>
    public static bool TryFromPath(string path, out RdfFormat format)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            name = name[..^3];
        }

        var ext = Path.GetExtension(name);
        format = default;
        return ext.Length > 1 && TryParseName(ext, out format);
    }
}
