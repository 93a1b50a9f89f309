using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>A slow case, kept to spot inputs the parser handles in worse than linear time.</summary>
public readonly record struct SlowCase(int CaseIndex, TimeSpan Elapsed, int Chars, string Recipe);

/// <summary>The tally of one format's cases.</summary>
public sealed class FormatReport(RdfFormat format, int seedFiles)
{
    private const int SlowestKept = 3;

    private readonly List<SlowCase> _slowest = [];

    public RdfFormat Format => format;

    public int SeedFiles => seedFiles;

    public int Cases { get; private set; }

    public int Parsed { get; private set; }

    public int SyntaxErrors { get; private set; }

    public int Crashes { get; private set; }

    public int Hangs { get; private set; }

    public long QuadsRead { get; private set; }

    /// <summary>The largest managed heap seen right after a parse, garbage included.</summary>
    public long PeakManagedBytes { get; private set; }

    /// <summary>The process's peak working set when this format finished (it never goes down).</summary>
    public long PeakWorkingSetBytes { get; internal set; }

    public TimeSpan Elapsed { get; internal set; }

    /// <summary>Why the format ran fewer cases than asked, if it did.</summary>
    public string? StoppedEarly { get; internal set; }

    /// <summary>Mutations taken out of the run after taking part in repeated hangs.</summary>
    public List<string> DisabledOperators { get; } = [];

    /// <summary>One per failure signature, in the order first seen.</summary>
    public List<Finding> Findings { get; } = [];

    public IReadOnlyList<SlowCase> Slowest => _slowest;

    public double CasesPerSecond => Elapsed > TimeSpan.Zero ? Cases / Elapsed.TotalSeconds : 0;

    internal void Count(int caseIndex, FuzzCase fuzzCase, CaseOutcome outcome)
    {
        Cases++;
        QuadsRead += outcome.Quads;
        PeakManagedBytes = Math.Max(PeakManagedBytes, outcome.ManagedBytes);
        switch (outcome.Result)
        {
            case CaseResult.Parsed:
                Parsed++;
                break;
            case CaseResult.SyntaxError:
                SyntaxErrors++;
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
