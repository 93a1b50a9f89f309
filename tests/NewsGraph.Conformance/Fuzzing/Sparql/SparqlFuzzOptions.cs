namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>What a SPARQL fuzzing run covers and where it leaves what it finds.</summary>
public sealed record SparqlFuzzOptions : CampaignOptions
{
    public override TimeSpan TimeLimit { get; init; } = TimeSpan.FromHours(1);

    public SparqlLimits Limits { get; init; } = SparqlLimits.Default;

    /// <summary>Runs the pathological queries first, as cases 0, 1, ….</summary>
    public bool Pathological { get; init; } = true;

    /// <summary>Ends the run at its first crash or hang, so a failing test fails fast.</summary>
    public bool StopAtFirstFinding { get; init; }

    /// <summary>The W3C test directory; found by <see cref="W3cCorpus.Locate"/> when null.</summary>
    public string? W3cDirectory { get; init; }

    /// <summary>Where crashing and hanging inputs are saved.</summary>
    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "newsgraph-fuzz-sparql");

    /// <summary>Progress lines and findings as they happen; the summary is printed by the caller.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
