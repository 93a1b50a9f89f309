using System.Diagnostics;
using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>Prints the end-of-run summary of a SPARQL campaign: counts, memory, the pathological queries, then the findings.</summary>
public static class SparqlReportWriter
{
    private const int FindingsInDetail = 10;
    private const double MiB = 1024 * 1024;

    public static void Write(TextWriter w, CampaignReport r, TimeSpan total)
    {
        w.WriteLine();
        w.WriteLine(Invariant($"== sparql: {r.Cases:N0} cases in {r.Elapsed.TotalSeconds:F1} s ({r.CasesPerSecond:N0} cases/s), mutated from {r.SeedFiles:N0} W3C queries and updates"));
        if (r.StoppedEarly is { } why)
        {
            w.WriteLine($"   stopped early: {why}");
        }

        if (r.DisabledOperators.Count > 0)
        {
            w.WriteLine($"   mutations disabled after repeated hangs or executor deaths: {string.Join(", ", r.DisabledOperators)}");
        }

        w.WriteLine(Invariant($"   parsed OK        {r.Parsed,9:N0}"));
        w.WriteLine(Invariant($"   syntax errors    {r.SyntaxErrors,9:N0}"));
        w.WriteLine(Invariant($"   evaluated        {r.Completed,9:N0}  ({r.Items:N0} query results read)"));
        w.WriteLine(Invariant($"   clean stops      {r.Stopped,9:N0}  ({string.Join(", ", r.StoppedBy.OrderByDescending(p => p.Value).Select(p => Invariant($"{p.Value:N0} {ShortName(p.Key)}")))})"));
        w.WriteLine(Invariant($"   crashes          {r.Crashes,9:N0}"));
        w.WriteLine(Invariant($"   hangs            {r.Hangs,9:N0}"));
        using (var process = Process.GetCurrentProcess())
        {
            w.WriteLine(Invariant($"   memory: executor peak working set {r.PeakWorkingSetBytes / MiB:F0} MiB, managed heap at the end of a case up to {r.PeakManagedBytes / MiB:F0} MiB; fuzzer peak working set {process.PeakWorkingSet64 / MiB:F0} MiB"));
        }

        if (r.FixedCases.Count > 0)
        {
            w.WriteLine("   pathological queries:");
            foreach (var (fuzzCase, outcome) in r.FixedCases)
            {
                var how = outcome.Failure is { } failure ? $"{ShortName(failure.Kind)}: {Shorten(failure.Message)}" : Invariant($"{outcome.Items:N0} results");
                w.WriteLine(Invariant($"      {outcome.Result.ToString().ToLowerInvariant(),-11} {outcome.Elapsed.TotalSeconds,6:F2} s, heap {outcome.ManagedBytes / MiB,5:F0} MiB  {fuzzCase.Recipe["pathological: ".Length..]} — {how}"));
            }
        }

        foreach (var slow in r.Slowest)
        {
            w.WriteLine(Invariant($"   slow: case {slow.CaseIndex} took {slow.Elapsed.TotalMilliseconds:F0} ms on {slow.Chars:N0} chars ({Shorten(slow.Recipe)})"));
        }

        for (var i = 0; i < r.Findings.Count; i++)
        {
            var f = r.Findings[i];
            w.WriteLine(Invariant($"   {(f.Outcome.Result == CaseResult.Crash ? "CRASH" : "HANG")} x{f.Occurrences}: {f.Signature}"));
            if (i < FindingsInDetail)
            {
                FuzzReportWriter.WriteDetail(w, f);
            }
        }

        w.WriteLine(Invariant($"all: {r.Cases:N0} cases in {total.TotalSeconds:F1} s ({r.Cases / Math.Max(total.TotalSeconds, 1e-9):N0} cases/s), {r.Crashes} crashes, {r.Hangs} hangs"));
    }

    private static string ShortName(string kind) => kind[(kind.LastIndexOf('.') + 1)..];

    private static string Shorten(string text) => text.Length <= 160 ? text : string.Concat(text.AsSpan(0, 160), "…");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
