namespace NewsGraph.Conformance.Rdf;

/// <summary>What running one suite produced.</summary>
public sealed record SuiteRun(
    RdfSyntaxSuite Suite,
    IReadOnlyList<TestOutcome> Outcomes,
    IReadOnlyList<RoundTripOutcome> RoundTrips,
    string? LoadFailure)
{
    /// <summary>Passed checks: tests and round trips.</summary>
    public int Passed => Outcomes.Count(o => o.Passed) + RoundTrips.Count(o => o.Passed);

    /// <summary>Failed checks; a manifest that could not be loaded counts as one failure.</summary>
    public int Failed => Outcomes.Count(o => !o.Passed) + RoundTrips.Count(o => !o.Passed) + (LoadFailure is null ? 0 : 1);
}
