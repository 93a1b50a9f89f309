namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The bounds every fuzzing campaign takes from its command line (<see cref="FuzzArguments"/>).</summary>
public abstract record CampaignOptions
{
    public const int DefaultSeed = 20261122;

    /// <summary>Cases per format for the RDF parsers; in all for SPARQL.</summary>
    public int Cases { get; init; } = 100_000;

    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Wall-clock bound for the whole run.</summary>
    public abstract TimeSpan TimeLimit { get; init; }
}
