namespace NewsGraph.Rdf.Syntax;

/// <summary>How a reader treats its input.</summary>
public sealed record RdfReaderOptions
{
    /// <summary>The base IRI against which relative IRIs are resolved (Turtle and TriG).</summary>
    public string? BaseIri { get; init; }

    /// <summary>A label for the input (usually the file name), used in error messages.</summary>
    public string? SourceName { get; init; }

    /// <summary>The IRI table to share between readers; each reader makes its own if none is given.</summary>
    public TermInterner? Interner { get; init; }

    /// <summary>
    /// The deepest nesting of <c>[ ]</c>, <c>( )</c> and <c>{ }</c> accepted. Input nested deeper is
    /// rejected with a syntax error rather than exhausting the stack.
    /// </summary>
    public int MaxNesting { get; init; } = 512;
}
