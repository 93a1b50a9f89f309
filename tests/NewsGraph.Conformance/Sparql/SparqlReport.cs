namespace NewsGraph.Conformance.Sparql;

/// <summary>
/// Prints SPARQL suite results: a count line per suite, then its failures, its lenient passes and
/// its skips grouped by reason (or every test, when verbose).
/// </summary>
internal sealed class SparqlReport(TextWriter output, string w3cRoot, bool verbose)
{
    private const int NameWidth = 22;
    private const int SkippedNamesListed = 6;
    private bool _informationalHeaderWritten;

    public void Write(SparqlSuiteRun run)
    {
        var suite = run.Suite;
        if (suite.Informational && !_informationalHeaderWritten)
        {
            output.WriteLine();
            output.WriteLine("SPARQL 1.2, for information only (not counted in the totals or the exit code):");
            _informationalHeaderWritten = true;
        }

        if (run.LoadFailure is not null)
        {
            output.WriteLine($"{suite.Name.PadRight(NameWidth)}  {run.LoadFailure}");
            return;
        }

        var approved = run.Outcomes.Where(o => o.Test.IsApproved).ToList();
        var other = run.Outcomes.Where(o => !o.Test.IsApproved).ToList();
        var lenient = run.PassedLeniently > 0 ? $"; {run.PassedLeniently} of the passes only with numbers compared by value" : string.Empty;
        output.WriteLine(
            $"{suite.Name.PadRight(NameWidth)}  {run.Passed}/{run.Outcomes.Count} passed, {run.Failed} failed, {run.Skipped} skipped"
            + $"  (approved {Ratio(approved)}, other {Ratio(other)}){lenient}");

        // SPARQL 1.2 failures are expected while its features are being built, so they are listed only on request.
        var listProblems = verbose || !suite.Informational;
        foreach (var outcome in run.Outcomes)
        {
            var listed = outcome.Verdict switch
            {
                SparqlVerdict.Failed or SparqlVerdict.PassedLenientNumeric => listProblems,
                _ => verbose,
            };
            if (listed)
            {
                WriteEntry(outcome);
            }
        }

        if (!listProblems && run.Failed > 0)
        {
            output.WriteLine($"  ({run.Failed} failures; --verbose lists them)");
        }

        if (!verbose)
        {
            WriteSkipsByReason(run);
        }
    }

    private static string Ratio(List<SparqlOutcome> outcomes) => $"{outcomes.Count(o => o.Passed)}/{outcomes.Count}";

    private void WriteEntry(SparqlOutcome outcome)
    {
        var label = outcome.Verdict switch
        {
            SparqlVerdict.Passed => "pass",
            SparqlVerdict.PassedLenientNumeric => "PASS (lenient numeric)",
            SparqlVerdict.Skipped => "skip",
            _ => "FAIL",
        };
        var where = Path.GetRelativePath(w3cRoot, outcome.Test.File);
        var detail = outcome.Detail is null ? string.Empty : ": " + outcome.Detail.Replace("\n", "\n        ", StringComparison.Ordinal);
        output.WriteLine($"  {label}  {outcome.Test.Name} ({where}){detail}");
    }

    private void WriteSkipsByReason(SparqlSuiteRun run)
    {
        foreach (var group in run.Outcomes.Where(o => o.Verdict == SparqlVerdict.Skipped).GroupBy(o => o.Detail))
        {
            var names = group.Select(o => o.Test.Name).ToList();
            var listed = string.Join(", ", names.Take(SkippedNamesListed)) + (names.Count > SkippedNamesListed ? ", ..." : string.Empty);
            output.WriteLine($"  skip  {names.Count} tests: {group.Key} ({listed})");
        }
    }
}
