namespace NewsGraph.Sparql;

/// <summary>A query or update that is not valid SPARQL 1.1, with where and what was expected.</summary>
public sealed class SparqlSyntaxException(int line, int column, string detail)
    : FormatException($"line {line}, column {column}: {detail}")
{
    public int Line { get; } = line;

    public int Column { get; } = column;

    public string Detail { get; } = detail;
}
