namespace NewsGraph.Conformance.Fuzzing;

/// <summary>What a <see cref="Campaign"/> fuzzes: where its cases come from and how one is run.</summary>
internal interface IFuzzTarget
{
    /// <summary>A short name for logs and saved files: "ttl", "sparql".</summary>
    string Name { get; }

    /// <summary>Mixed into every case's seed, so targets fuzzed in one run get unrelated cases.</summary>
    int SeedSalt { get; }

    int SeedFiles { get; }

    /// <summary>Cases run before the generated ones: known pathological inputs.</summary>
    IReadOnlyList<FuzzCase> FixedCases { get; }

    /// <summary>How long to spend shrinking each new crashing input.</summary>
    TimeSpan MinimizeBudget { get; }

    /// <summary>The peak working set of the process the cases run in.</summary>
    long PeakWorkingSetBytes { get; }

    FuzzCase Next(Random rng);

    CaseOutcome Run(FuzzCase fuzzCase);

    /// <summary>Stops generating cases with this operator.</summary>
    void Disable(string operatorName);

    /// <summary>The extension, with its dot, of a file holding this case's input.</summary>
    string ExtensionOf(FuzzCase fuzzCase);

    /// <summary>
    /// Waits while stuck work leaves the machine too busy for timings (and so hang detection) to
    /// mean anything; returns why the campaign cannot go on, or null once it can.
    /// </summary>
    string? WaitUntilUsable(TimeSpan budgetLeft, TextWriter log);

    /// <summary>The counts shown in progress lines.</summary>
    string Tally(CampaignReport report);
}
