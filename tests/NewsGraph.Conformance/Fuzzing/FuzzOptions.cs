using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>What a fuzzing run covers and where it leaves what it finds.</summary>
public sealed record FuzzOptions : CampaignOptions
{
    /// <summary>The formats the W3C RDF 1.1 suites have input files for, to mutate.</summary>
    public static readonly IReadOnlyList<RdfFormat> SupportedFormats = [RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.Turtle, RdfFormat.TriG];

    /// <summary>Whatever a format leaves unused goes to the next.</summary>
    public override TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(600);

    public IReadOnlyList<RdfFormat> Formats { get; init; } = SupportedFormats;

    /// <summary>Ends each format at its first crash or hang, so a failing test fails fast.</summary>
    public bool StopAtFirstFinding { get; init; }

    /// <summary>The W3C test directory; found by <see cref="W3cCorpus.Locate"/> when null.</summary>
    public string? W3cDirectory { get; init; }

    /// <summary>Where crashing and hanging inputs are saved.</summary>
    public string OutputDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "newsgraph-fuzz");

    /// <summary>Progress lines and findings as they happen; the summary is printed by the caller.</summary>
    public TextWriter Log { get; init; } = TextWriter.Null;
}
