using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

public enum CaseResult
{
    Parsed,
    SyntaxError,
    Crash,
    Hang,
}

/// <summary>What parsing one input did.</summary>
/// <param name="Exception">What the parser threw; null if it finished, or never answered.</param>
/// <param name="ManagedBytes">The managed heap size sampled just before the reader was released.</param>
/// <param name="Abandoned">True if the parser never answered and its thread was given up on.</param>
public readonly record struct CaseOutcome(
    CaseResult Result,
    TimeSpan Elapsed,
    long Quads,
    Exception? Exception,
    long ManagedBytes,
    bool Abandoned = false);

/// <summary>
/// Stands for a syntax error whose line or column lies outside the input: a position a user
/// cannot look up is as unhelpful as a crash, so it counts as one.
/// </summary>
public sealed class MisplacedSyntaxErrorException(RdfSyntaxException inner, int lines, int chars)
    : Exception($"syntax error reported at line {inner.Line}, column {inner.Column}, but the input has {lines} lines and {chars} characters", inner);
