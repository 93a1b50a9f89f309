namespace NewsGraph.Conformance.Fuzzing;

/// <summary>A crash or hang, with the first input that showed it and how often it recurred.</summary>
public sealed class Finding
{
    internal Finding(string signature, int caseIndex, FuzzCase fuzzCase, CaseOutcome outcome)
    {
        Signature = signature;
        CaseIndex = caseIndex;
        Case = fuzzCase;
        Outcome = outcome;
    }

    public string Signature { get; }

    public int CaseIndex { get; }

    public FuzzCase Case { get; }

    public CaseOutcome Outcome { get; }

    /// <summary>The smallest input found that fails the same way (crashes only).</summary>
    public string? MinimizedInput { get; internal set; }

    public int Occurrences { get; internal set; } = 1;

    /// <summary>The report file of the first example; it holds the exact input as a C# literal.</summary>
    public string? ReportPath { get; internal set; }

    /// <summary>Saved inputs: the first example, then a few later ones.</summary>
    public List<string> SavedInputs { get; } = [];
}
