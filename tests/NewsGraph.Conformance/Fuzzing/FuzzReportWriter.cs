using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>Prints the end-of-run summary: per format, then the findings in detail.</summary>
public static class FuzzReportWriter
{
    private const int FindingsInDetail = 5;
    private const double MiB = 1024 * 1024;

    public static void Write(TextWriter w, IReadOnlyList<CampaignReport> reports, TimeSpan total)
    {
        foreach (var r in reports)
        {
            WriteFormat(w, r);
        }

        var cases = reports.Sum(r => r.Cases);
        w.WriteLine(Invariant($"all: {cases:N0} cases in {total.TotalSeconds:F1} s ({cases / Math.Max(total.TotalSeconds, 1e-9):N0} cases/s), {reports.Sum(r => r.Crashes)} crashes, {reports.Sum(r => r.Hangs)} hangs"));
    }

    private static void WriteFormat(TextWriter w, CampaignReport r)
    {
        w.WriteLine();
        w.WriteLine(Invariant($"== {r.Name}: {r.Cases:N0} cases in {r.Elapsed.TotalSeconds:F1} s ({r.CasesPerSecond:N0} cases/s), mutated from {r.SeedFiles} W3C files"));
        if (r.StoppedEarly is { } why)
        {
            w.WriteLine($"   stopped early: {why}");
        }

        if (r.DisabledOperators.Count > 0)
        {
            w.WriteLine($"   mutations disabled after repeated hangs: {string.Join(", ", r.DisabledOperators)}");
        }

        w.WriteLine(Invariant($"   parsed OK      {r.Parsed,9:N0}  ({r.Items:N0} quads)"));
        w.WriteLine(Invariant($"   syntax errors  {r.SyntaxErrors,9:N0}"));
        w.WriteLine(Invariant($"   crashes        {r.Crashes,9:N0}"));
        w.WriteLine(Invariant($"   hangs          {r.Hangs,9:N0}"));
        w.WriteLine(Invariant($"   memory: peak managed heap {r.PeakManagedBytes / MiB:F1} MiB, process peak working set {r.PeakWorkingSetBytes / MiB:F1} MiB"));
        foreach (var slow in r.Slowest)
        {
            w.WriteLine(Invariant($"   slow: case {slow.CaseIndex} took {slow.Elapsed.TotalMilliseconds:F0} ms on {slow.Chars:N0} chars ({slow.Recipe})"));
        }

        for (var i = 0; i < r.Findings.Count; i++)
        {
            var f = r.Findings[i];
            w.WriteLine(Invariant($"   {(f.Outcome.Result == CaseResult.Crash ? "CRASH" : "HANG")} x{f.Occurrences}: {f.Signature}"));
            if (i < FindingsInDetail)
            {
                WriteDetail(w, f);
            }
        }
    }

    internal static void WriteDetail(TextWriter w, Finding f)
    {
        w.WriteLine(Invariant($"      first at case {f.CaseIndex} ({f.Outcome.Elapsed.TotalMilliseconds:F0} ms), made from: {f.Case.Recipe}"));
        w.WriteLine($"      settings: {f.Case.Settings}");
        w.WriteLine($"      report: {f.ReportPath}; inputs: {string.Join(", ", f.SavedInputs)}");
        if (f.MinimizedInput is { } minimized)
        {
            w.WriteLine(Invariant($"      minimized to {minimized.Length} chars: {CSharpLiteral.Compact(minimized, 300)}"));
        }

        if (f.Outcome.Result == CaseResult.Hang)
        {
            // Where a slow parse ended says nothing about where it spent its time.
            if (f.Outcome.Failure is { } ended)
            {
                w.WriteLine($"      it ended with {ended.Kind}: {Shorten(ended.Message)}");
            }
        }
        else if (f.Outcome.Failure is { } failure)
        {
            foreach (var line in failure.Details.Split('\n'))
            {
                w.WriteLine("      " + line.TrimEnd('\r'));
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
