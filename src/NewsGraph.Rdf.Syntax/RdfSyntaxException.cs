namespace NewsGraph.Rdf.Syntax;

/// <summary>A syntax error in RDF input, with where it was found and what was expected.</summary>
public sealed class RdfSyntaxException : FormatException
{
    public RdfSyntaxException(string? source, int line, int column, string detail)
        : base($"{source ?? "<input>"}:{line}:{column}: {detail}")
    {
        Source = source;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>The file name (or other label) of the input, if known.</summary>
    public new string? Source { get; }

    /// <summary>1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>1-based column (in UTF-16 code units) of the error.</summary>
    public int Column { get; }

    /// <summary>The message without the position.</summary>
    public string Detail { get; }
}
