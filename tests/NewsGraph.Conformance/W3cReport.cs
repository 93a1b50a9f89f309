using NewsGraph.Conformance.Manifests;
using NewsGraph.Conformance.Rdf;

namespace NewsGraph.Conformance;

/// <summary>Prints suite results: a count line per suite and one entry per failure (or per test, when verbose).</summary>
internal sealed class W3cReport(TextWriter output, string w3cRoot, bool verbose)
{
    private const int NameWidth = 32;
    private bool _informationalHeaderWritten;

    public void Write(SuiteRun run)
    {
        var suite = run.Suite;
        if (suite.Informational && !_informationalHeaderWritten)
        {
            output.WriteLine();
            output.WriteLine("RDF 1.2, for information only (triple terms are not supported yet; not counted in the totals or the exit code):");
            _informationalHeaderWritten = true;
        }

        if (run.LoadFailure is not null)
        {
            output.WriteLine($"{suite.Name.PadRight(NameWidth)}  {run.LoadFailure}");
            return;
        }

        var approved = run.Outcomes.Where(o => o.Test.IsApproved).ToList();
        var other = run.Outcomes.Where(o => !o.Test.IsApproved).ToList();
        output.WriteLine(
            $"{suite.Name.PadRight(NameWidth)}  {Ratio(run.Outcomes, o => o.Passed)}  (approved {Ratio(approved, o => o.Passed)}, other {Ratio(other, o => o.Passed)})");

        // RDF 1.2 failures are expected until triple terms are implemented, so they are listed only on request.
        var listFailures = verbose || !suite.Informational;
        foreach (var outcome in run.Outcomes.Where(o => verbose || (listFailures && !o.Passed)))
        {
            WriteEntry(outcome.Test, outcome.Test.ActionPath, string.Empty, outcome.Failure);
        }

        if (!listFailures && run.Outcomes.Any(o => !o.Passed))
        {
            output.WriteLine($"  ({run.Outcomes.Count(o => !o.Passed)} failures; --verbose lists them)");
        }

        if (run.RoundTrips.Count > 0)
        {
            var byFormat = run.RoundTrips.GroupBy(r => r.Format).Select(g => $"{g.Key} {Ratio([.. g], r => r.Passed)}");
            output.WriteLine(
                $"{(suite.Name + " round trips").PadRight(NameWidth)}  {Ratio(run.RoundTrips, r => r.Passed)}  ({string.Join(", ", byFormat)})");
            foreach (var roundTrip in run.RoundTrips.Where(r => verbose || !r.Passed))
            {
                WriteEntry(roundTrip.Test, roundTrip.Test.ResultPath ?? roundTrip.Test.ActionPath, $" via {roundTrip.Format}", roundTrip.Failure);
            }
        }
    }

    private static string Ratio<T>(IReadOnlyCollection<T> items, Func<T, bool> passed) => $"{items.Count(passed)}/{items.Count}";

    private void WriteEntry(ManifestTest test, string file, string detail, string? failure)
    {
        var where = Path.GetRelativePath(w3cRoot, file);
        if (failure is null)
        {
            output.WriteLine($"  pass  {test.Name}{detail} ({where})");
            return;
        }

        output.WriteLine($"  FAIL  {test.Name}{detail} ({where}): {failure.Replace("\n", "\n        ", StringComparison.Ordinal)}");
    }
}
