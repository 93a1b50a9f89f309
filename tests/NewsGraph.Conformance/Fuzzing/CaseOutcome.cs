namespace NewsGraph.Conformance.Fuzzing;

public enum CaseResult
{
    /// <summary>Ran to the end: the document parsed, or the query's results were all read.</summary>
    Completed,
    SyntaxError,

    /// <summary>Ended by a limit the caller set (a timeout, a result or memory cap) or by a refusal the API documents.</summary>
    Stopped,
    Crash,
    Hang,
}

/// <summary>How far a case got: a crash while evaluating is a different bug from one while parsing.</summary>
public enum CaseStage
{
    Parse,
    Evaluate,
}

/// <summary>What running one input did.</summary>
/// <param name="Items">Quads read, or results enumerated.</param>
/// <param name="Failure">What was thrown; null if the case completed, or never answered.</param>
/// <param name="ManagedBytes">The managed heap size sampled just before the case's objects were released.</param>
/// <param name="Abandoned">True if the case never answered: its thread was given up on, or its process died.</param>
public readonly record struct CaseOutcome(
    CaseResult Result,
    TimeSpan Elapsed,
    long Items,
    Failure? Failure,
    long ManagedBytes,
    CaseStage Stage = CaseStage.Parse,
    bool Abandoned = false);

/// <summary>
/// Stands for a syntax error whose line or column lies outside the input: a position a user
/// cannot look up is as unhelpful as a crash, so it counts as one.
/// </summary>
public sealed class MisplacedSyntaxErrorException(Exception inner, int line, int column, int lines, int chars)
    : Exception($"syntax error reported at line {line}, column {column}, but the input has {lines} lines and {chars} characters", inner)
{
    /// <summary>Null if the position lies inside the input, else the exception that says it does not.</summary>
    public static MisplacedSyntaxErrorException? Check(Exception syntaxError, int line, int column, string input)
    {
        var lines = 1 + input.AsSpan().Count('\n') + input.AsSpan().Count('\r');

        // Loose on purpose: a lone CR may or may not end a line, and an error at the end of a line
        // sits one column past its last character.
        return line >= 1 && line <= lines && column >= 1 && column <= input.Length + 1
            ? null
            : new MisplacedSyntaxErrorException(syntaxError, line, column, lines, input.Length);
    }
}
