namespace NewsGraph.Sparql;

/// <summary>What a query returns: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT, DESCRIBE).</summary>
public abstract class QueryResult
{
    private protected QueryResult()
    {
    }
}

/// <summary>
/// SELECT results: the projected variables (names without '?') and one row per solution, each row
/// aligned with <see cref="Variables"/>, null where a variable is unbound. Rows stream: they are
/// computed as they are enumerated, and can be enumerated once.
/// </summary>
public sealed class SolutionsResult(IReadOnlyList<string> variables, IEnumerable<Term?[]> rows) : QueryResult
{
    public IReadOnlyList<string> Variables { get; } = variables;

    public IEnumerable<Term?[]> Rows { get; } = rows;
}

/// <summary>ASK results.</summary>
public sealed class BooleanResult(bool value) : QueryResult
{
    public bool Value { get; } = value;
}

/// <summary>CONSTRUCT and DESCRIBE results: a stream of triples, without duplicates.</summary>
public sealed class GraphResult(IEnumerable<Triple> triples) : QueryResult
{
    public IEnumerable<Triple> Triples { get; } = triples;
}
