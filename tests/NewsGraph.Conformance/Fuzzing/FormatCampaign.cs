using System.Diagnostics;
using System.Globalization;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>Fuzzes one format: generates the cases, parses them, and records what went wrong.</summary>
internal sealed class FormatCampaign(
    RdfFormat format,
    IReadOnlyList<CorpusFile> corpus,
    FuzzOptions options,
    GuardedParser parser,
    FindingStore store)
{
    /// <summary>
    /// Each stuck thread spins on a core, so past this many the machine is too busy for timings
    /// (and so hang detection) to mean anything: the run waits for some to finish.
    /// </summary>
    private const int MaxStuckThreads = 4;

    /// <summary>How long to wait for stuck threads: a quadratic parse ends in time, an endless loop never.</summary>
    private static readonly TimeSpan StuckThreadPatience = TimeSpan.FromMinutes(2);

    private const int ExamplesSaved = 3;

    /// <summary>Hangs an operator may take part in before it is disabled.</summary>
    private const int HangsBeforeDisabling = 3;

    private static readonly TimeSpan MinimizeBudget = TimeSpan.FromSeconds(5);

    private readonly Dictionary<string, Finding> _bySignature = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hangsByOperator = new(StringComparer.Ordinal);
    private readonly Mutator _mutator = new(corpus, format);

    public FormatReport Run(TimeSpan budget)
    {
        var report = new FormatReport(format, corpus.Count);
        var clock = Stopwatch.StartNew();
        var tenthsReported = 0;
        for (var i = 0; i < options.Cases; i++)
        {
            if (clock.Elapsed >= budget)
            {
                report.StoppedEarly = $"its share of the time limit ({budget.TotalSeconds:F0} s) ran out";
                break;
            }

            if (parser.StuckThreads >= MaxStuckThreads && !WaitForStuckThreads(budget - clock.Elapsed))
            {
                report.StoppedEarly = $"{parser.StuckThreads} parser threads stayed stuck";
                break;
            }

            var fuzzCase = _mutator.Next(new Random(CaseSeed(options.Seed, format, i)));
            store.RecordInFlight(format, options.Seed, i, fuzzCase);
            var outcome = parser.Parse(fuzzCase.Input, format, fuzzCase.Settings);
            report.Count(i, fuzzCase, outcome);
            if (outcome.Result is CaseResult.Crash or CaseResult.Hang)
            {
                Record(report, i, fuzzCase, outcome);
            }

            if (outcome.Result == CaseResult.Hang)
            {
                Blame(report, fuzzCase);
            }

            if (options.StopAtFirstFinding && report.Findings.Count > 0)
            {
                report.StoppedEarly = "asked to stop at the first crash or hang";
                break;
            }

            var done = Math.Max((i + 1.0) / options.Cases, clock.Elapsed / budget);
            if ((int)(done * 10) > tenthsReported)
            {
                tenthsReported = (int)(done * 10);
                LogProgress(report, done, clock.Elapsed);
            }
        }

        report.Elapsed = clock.Elapsed;
        using var process = Process.GetCurrentProcess();
        report.PeakWorkingSetBytes = process.PeakWorkingSet64;
        return report;
    }

    /// <summary>
    /// Gives every case its own generator, so case <paramref name="index"/> is the same input
    /// whatever ran before it (a time limit, another format, a stuck thread).
    /// </summary>
    private static int CaseSeed(int seed, RdfFormat format, int index)
    {
        // SplitMix64's finaliser: neighbouring indices get unrelated seeds.
        var z = ((ulong)(uint)seed * 0x9E3779B97F4A7C15) + ((ulong)format << 40) + (ulong)index;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return (int)(z ^ (z >> 31));
    }

    private void Record(FormatReport report, int index, FuzzCase fuzzCase, CaseOutcome outcome)
    {
        var signature = FailureSignature.Of(fuzzCase, outcome);
        if (_bySignature.TryGetValue(signature, out var known))
        {
            known.Occurrences++;
            if (known.SavedInputs.Count < ExamplesSaved)
            {
                store.Save(known, format, options.Seed, fuzzCase.Input, index);
            }

            return;
        }

        var finding = new Finding(signature, index, fuzzCase, outcome);
        if (outcome.Result == CaseResult.Crash)
        {
            // Hangs are not minimized: every attempt would take seconds.
            finding.MinimizedInput = InputMinimizer.Minimize(
                fuzzCase.Input,
                candidate => parser.Parse(candidate, format, fuzzCase.Settings) is { Result: CaseResult.Crash } o && FailureSignature.Of(fuzzCase, o) == signature,
                MinimizeBudget);
        }

        _bySignature.Add(signature, finding);
        report.Findings.Add(finding);
        store.Save(finding, format, options.Seed, fuzzCase.Input, index);
        options.Log.WriteLine($"  new finding in {format.Extension()} case {index}: {signature} -> {finding.ReportPath}");
    }

    private bool WaitForStuckThreads(TimeSpan budgetLeft)
    {
        var patience = budgetLeft < StuckThreadPatience ? budgetLeft : StuckThreadPatience;
        options.Log.WriteLine($"  {parser.StuckThreads} parser threads are stuck; waiting up to {patience.TotalSeconds:F0} s for them");
        return parser.WaitForStuckThreads(MaxStuckThreads, patience);
    }

    private void Blame(FormatReport report, FuzzCase fuzzCase)
    {
        foreach (var op in fuzzCase.Operators.Distinct())
        {
            var hangs = _hangsByOperator[op] = _hangsByOperator.GetValueOrDefault(op) + 1;
            if (hangs == HangsBeforeDisabling)
            {
                _mutator.Disable(op);
                report.DisabledOperators.Add(op);
                options.Log.WriteLine($"  disabled the mutation '{op}' for {format.Extension()}: it took part in {hangs} hangs");
            }
        }
    }

    private void LogProgress(FormatReport r, double done, TimeSpan elapsed) =>
        options.Log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{format.Extension().TrimStart('.'),-4} {Math.Min(done, 1) * 100,3:F0}%] {r.Cases:N0} cases in {elapsed.TotalSeconds:F1} s ({r.Cases / Math.Max(elapsed.TotalSeconds, 1e-9):N0}/s): {r.Parsed:N0} parsed, {r.SyntaxErrors:N0} syntax errors, {r.Crashes} crashes, {r.Hangs} hangs"));
}
