namespace NewsGraph.Conformance.Fuzzing;

/// <summary>A slow case, kept to spot inputs handled in worse than linear time.</summary>
public readonly record struct SlowCase(int CaseIndex, TimeSpan Elapsed, int Chars, string Recipe);

/// <summary>How one of a target's fixed cases ended.</summary>
public readonly record struct FixedCaseResult(FuzzCase Case, CaseOutcome Outcome);

/// <summary>The tally of one target's cases.</summary>
public sealed class CampaignReport(string name, int seedFiles)
{
    private const int SlowestKept = 3;

    private readonly List<SlowCase> _slowest = [];

    /// <summary>The target's short name: "ttl", "sparql".</summary>
    public string Name => name;

    public int SeedFiles => seedFiles;

    public int Cases { get; private set; }

    /// <summary>Cases whose input parsed, whatever happened after.</summary>
    public int Parsed { get; private set; }

    public int Completed { get; private set; }

    public int SyntaxErrors { get; private set; }

    /// <summary>Cases ended cleanly by a timeout, a limit or a documented refusal.</summary>
    public int Stopped { get; private set; }

    /// <summary>The clean stops by what was thrown.</summary>
    public Dictionary<string, int> StoppedBy { get; } = new(StringComparer.Ordinal);

    public int Crashes { get; private set; }

    public int Hangs { get; private set; }

    /// <summary>Quads read, or results enumerated.</summary>
    public long Items { get; private set; }

    /// <summary>The largest managed heap seen at the end of a case, garbage included.</summary>
    public long PeakManagedBytes { get; private set; }

    /// <summary>The peak working set of the process that ran the cases, when the target finished.</summary>
    public long PeakWorkingSetBytes { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Why the target ran fewer cases than asked, if it did.</summary>
    public string? StoppedEarly { get; internal set; }

    /// <summary>Mutations taken out of the run after taking part in repeated hangs or process deaths.</summary>
    public List<string> DisabledOperators { get; } = [];

    /// <summary>One per failure signature, in the order first seen.</summary>
    public List<Finding> Findings { get; } = [];

    public List<FixedCaseResult> FixedCases { get; } = [];

    public IReadOnlyList<SlowCase> Slowest => _slowest;

    public double CasesPerSecond => Elapsed > TimeSpan.Zero ? Cases / Elapsed.TotalSeconds : 0;

    internal void Count(int caseIndex, FuzzCase fuzzCase, CaseOutcome outcome)
    {
        Cases++;
        Items += outcome.Items;
        PeakManagedBytes = Math.Max(PeakManagedBytes, outcome.ManagedBytes);
        if (outcome.Result == CaseResult.Completed || outcome.Stage == CaseStage.Evaluate)
        {
            Parsed++;
        }

        switch (outcome.Result)
        {
            case CaseResult.Completed:
                Completed++;
                break;
            case CaseResult.SyntaxError:
                SyntaxErrors++;
                break;
            case CaseResult.Stopped:
                Stopped++;
                var by = outcome.Failure?.Kind ?? "nothing reported";
                StoppedBy[by] = StoppedBy.GetValueOrDefault(by) + 1;
                break;
            case CaseResult.Crash:
                Crashes++;
                break;
            case CaseResult.Hang:
                Hangs++;
                break;
        }

        if (_slowest.Count < SlowestKept || outcome.Elapsed > _slowest[^1].Elapsed)
        {
            _slowest.Add(new SlowCase(caseIndex, outcome.Elapsed, fuzzCase.Input.Length, fuzzCase.Recipe));
            _slowest.Sort((a, b) => b.Elapsed.CompareTo(a.Elapsed));
            if (_slowest.Count > SlowestKept)
            {
                _slowest.RemoveAt(SlowestKept);
            }
        }
    }
}
