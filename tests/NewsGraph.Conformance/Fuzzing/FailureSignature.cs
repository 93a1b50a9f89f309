using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Groups failures that are probably one bug: the exception type and where in NewsGraph it was
/// thrown, so a thousand inputs that hit the same bad line show up as one finding.
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
                : $"hang (over {GuardedParser.HangThreshold.TotalSeconds:F0} s) after {made}";
        }

        var e = outcome.Exception ?? throw new ArgumentException("a crash carries its exception", nameof(outcome));
        return e is MisplacedSyntaxErrorException { InnerException: { } inner }
            ? $"syntax error with a position outside the input, from {ThrowSite(inner)}"
            : $"{e.GetType().FullName} at {ThrowSite(e)}";
    }

    // The innermost NewsGraph frame names the code at fault; frames above it on the stack (a
    // BCL indexer, Dictionary.Add) only say how it failed.
    private static string ThrowSite(Exception e)
    {
        var frames = new StackTrace(e, fNeedFileInfo: true).GetFrames();
        var frame = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("NewsGraph", StringComparison.Ordinal) == true)
            ?? frames.FirstOrDefault();
        if (frame?.GetMethod() is not { } method)
        {
            return "an unknown place";
        }

        var file = frame.GetFileName();
        var line = file is null ? "" : $" ({Path.GetFileName(file)}:{frame.GetFileLineNumber()})";
        return $"{method.DeclaringType?.Name}.{method.Name}{line}";
    }
}
