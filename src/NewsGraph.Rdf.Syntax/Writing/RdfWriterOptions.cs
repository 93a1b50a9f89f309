namespace NewsGraph.Rdf.Syntax;

/// <summary>How a writer lays out its output.</summary>
public sealed record RdfWriterOptions
{
    /// <summary>Prefixes the Turtle and TriG writers may use; only those used are declared.</summary>
    public PrefixMap? Prefixes { get; init; }

    /// <summary>Leave the underlying TextWriter open when the RDF writer is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
