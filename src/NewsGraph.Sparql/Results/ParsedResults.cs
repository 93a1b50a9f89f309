namespace NewsGraph.Sparql.Results;

/// <summary>
/// A results document read into memory: the variables (names without '?') and one row per
/// solution aligned with them, null where a variable is unbound; or, for an ASK result, no
/// variables, no rows and a non-null <see cref="Boolean"/>.
/// </summary>
public sealed record ParsedResults(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows, bool? Boolean)
{
    /// <summary>
    /// True when the document itself says the row order is significant, which only a result set
    /// graph with <c>rs:index</c> does; the rows are then in index order. The other formats list
    /// rows in some order whether or not the query asked for one, so for them the query decides.
    /// </summary>
    public bool Ordered { get; init; }

    public static ParsedResults ForBoolean(bool value) => new([], [], value);
}
