using System.Diagnostics;
using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>How many cases a campaign runs, from which seed, and where it reports progress.</summary>
internal sealed record CampaignSettings(int Cases, int Seed, bool StopAtFirstFinding, TextWriter Log);

/// <summary>Fuzzes one target: generates the cases, runs them, and records what went wrong.</summary>
internal sealed class Campaign(IFuzzTarget target, CampaignSettings settings, FindingStore store)
{
    private const int ExamplesSaved = 3;

    /// <summary>
    /// Hangs, or cases that killed their process, an operator may take part in before it is
    /// disabled: each costs seconds, and it is most likely the same bug again.
    /// </summary>
    private const int HangsOrDeathsBeforeDisabling = 3;

    private readonly Dictionary<string, Finding> _bySignature = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _hangsOrDeathsByOperator = new(StringComparer.Ordinal);

    public CampaignReport Run(TimeSpan budget)
    {
        var report = new CampaignReport(target.Name, target.SeedFiles);
        var clock = Stopwatch.StartNew();
        var tenthsReported = 0;
        for (var i = 0; i < settings.Cases; i++)
        {
            if (clock.Elapsed >= budget)
            {
                report.StoppedEarly = $"its share of the time limit ({budget.TotalSeconds:F0} s) ran out";
                break;
            }

            if (target.WaitUntilUsable(budget - clock.Elapsed, settings.Log) is { } why)
            {
                report.StoppedEarly = why;
                break;
            }

            var isFixed = i < target.FixedCases.Count;
            var fuzzCase = isFixed ? target.FixedCases[i] : target.Next(new Random(CaseSeed(settings.Seed, target.SeedSalt, i)));
            store.RecordInFlight(target.Name, settings.Seed, i, fuzzCase);
            var outcome = target.Run(fuzzCase);
            report.Count(i, fuzzCase, outcome);
            if (isFixed)
            {
                report.FixedCases.Add(new FixedCaseResult(fuzzCase, outcome));
            }

            if (outcome.Result is CaseResult.Crash or CaseResult.Hang)
            {
                Record(report, i, fuzzCase, outcome);
            }

            if (outcome.Result == CaseResult.Hang || outcome.Abandoned)
            {
                Blame(report, fuzzCase);
            }

            if (settings.StopAtFirstFinding && report.Findings.Count > 0)
            {
                report.StoppedEarly = "asked to stop at the first crash or hang";
                break;
            }

            var done = Math.Max((i + 1.0) / settings.Cases, clock.Elapsed / budget);
            if ((int)(done * 10) > tenthsReported)
            {
                tenthsReported = (int)(done * 10);
                LogProgress(report, done, clock.Elapsed);
            }
        }

        report.Elapsed = clock.Elapsed;
        report.PeakWorkingSetBytes = target.PeakWorkingSetBytes;
        return report;
    }

    /// <summary>
    /// Gives every case its own generator, so case <paramref name="index"/> is the same input
    /// whatever ran before it (a time limit, another target, a stuck thread).
    /// </summary>
    private static int CaseSeed(int seed, int salt, int index)
    {
        // SplitMix64's finaliser: neighbouring indices get unrelated seeds.
        var z = ((ulong)(uint)seed * 0x9E3779B97F4A7C15) + ((ulong)(uint)salt << 40) + (ulong)index;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return (int)(z ^ (z >> 31));
    }

    private void Record(CampaignReport report, int index, FuzzCase fuzzCase, CaseOutcome outcome)
    {
        var signature = FailureSignature.Of(fuzzCase, outcome);
        if (_bySignature.TryGetValue(signature, out var known))
        {
            known.Occurrences++;
            if (known.SavedInputs.Count < ExamplesSaved)
            {
                store.Save(known, target.Name, target.ExtensionOf(fuzzCase), settings.Seed, fuzzCase.Input, index);
            }

            return;
        }

        var finding = new Finding(signature, index, fuzzCase, outcome);
        if (outcome.Result == CaseResult.Crash)
        {
            // Hangs are not minimized: every attempt would take seconds.
            finding.MinimizedInput = InputMinimizer.Minimize(
                fuzzCase.Input,
                candidate => target.Run(fuzzCase with { Input = candidate }) is { Result: CaseResult.Crash } o && FailureSignature.Of(fuzzCase, o) == signature,
                target.MinimizeBudget);
        }

        _bySignature.Add(signature, finding);
        report.Findings.Add(finding);
        store.Save(finding, target.Name, target.ExtensionOf(fuzzCase), settings.Seed, fuzzCase.Input, index);
        settings.Log.WriteLine($"  new finding in {target.Name} case {index}: {signature} -> {finding.ReportPath}");
    }

    private void Blame(CampaignReport report, FuzzCase fuzzCase)
    {
        foreach (var op in fuzzCase.Operators.Distinct())
        {
            var count = _hangsOrDeathsByOperator[op] = _hangsOrDeathsByOperator.GetValueOrDefault(op) + 1;
            if (count == HangsOrDeathsBeforeDisabling)
            {
                target.Disable(op);
                report.DisabledOperators.Add(op);
                settings.Log.WriteLine($"  disabled the mutation '{op}' for {target.Name}: it took part in {count} hangs or process deaths");
            }
        }
    }

    private void LogProgress(CampaignReport r, double done, TimeSpan elapsed) =>
        settings.Log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[{target.Name,-4} {Math.Min(done, 1) * 100,3:F0}%] {r.Cases:N0} cases in {elapsed.TotalSeconds:F1} s ({r.Cases / Math.Max(elapsed.TotalSeconds, 1e-9):N0}/s): {target.Tally(r)}"));
}
