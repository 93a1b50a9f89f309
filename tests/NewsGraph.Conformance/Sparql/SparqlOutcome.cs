namespace NewsGraph.Conformance.Sparql;

public enum SparqlVerdict
{
    Passed,

    /// <summary>Passed only when numbers were compared by value, ignoring datatype and lexical form.</summary>
    PassedLenientNumeric,
    Failed,
    Skipped,
}

/// <summary>The result of one SPARQL test; <see cref="Detail"/> says why it failed, was skipped, or passed only leniently.</summary>
public sealed record SparqlOutcome(SparqlTest Test, SparqlVerdict Verdict, string? Detail)
{
    public bool Passed => Verdict is SparqlVerdict.Passed or SparqlVerdict.PassedLenientNumeric;

    public bool Failed => Verdict == SparqlVerdict.Failed;
}

/// <summary>What a check found, before it is tied to its test.</summary>
internal readonly record struct CheckResult(SparqlVerdict Verdict, string? Detail)
{
    public static readonly CheckResult Pass = new(SparqlVerdict.Passed, null);

    public static CheckResult Fail(string reason) => new(SparqlVerdict.Failed, reason);

    public static CheckResult Lenient(string note) => new(SparqlVerdict.PassedLenientNumeric, note);
}
