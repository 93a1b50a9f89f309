namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Groups failures that are probably one bug: what was thrown and where in NewsGraph, so a
/// thousand inputs that hit the same bad line show up as one finding.
/// </summary>
internal static class FailureSignature
{
    public static string Of(FuzzCase fuzzCase, CaseOutcome outcome)
    {
        if (outcome.Result == CaseResult.Hang)
        {
            // A hang has no stack to show, so it is told apart by the mutations that made it.
            var made = string.Join(" + ", fuzzCase.Operators.Distinct().Order(StringComparer.Ordinal));
            return outcome.Abandoned
                ? $"hang (no answer, thread abandoned) after {made}"
                : $"hang (answered, but past the hang threshold) after {made}";
        }

        var failure = outcome.Failure ?? throw new ArgumentException("a crash carries its failure", nameof(outcome));
        return failure.Kind == typeof(MisplacedSyntaxErrorException).FullName
            ? $"syntax error with a position outside the input, from {failure.Site}"
            : $"{failure.Kind} at {failure.Site}";
    }
}
