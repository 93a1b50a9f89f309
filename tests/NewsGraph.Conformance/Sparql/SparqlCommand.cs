namespace NewsGraph.Conformance.Sparql;

/// <summary>
/// <c>sparql [--suite NAME]... [--verbose] [--fail-file PATH]</c>: runs the W3C SPARQL suites and
/// reports per suite. Exits 1 if a SPARQL 1.0 or 1.1 test fails; SPARQL 1.2 never changes the exit code.
/// </summary>
public static class SparqlCommand
{
    public const string Usage =
        "sparql [--suite NAME]... [--verbose] [--fail-file PATH]   NAME: a suite (sparql11-update) or a prefix of one (sparql11);"
        + " PATH receives the IRIs of the failed tests, one per line (SPARQL 1.2 ones only when it is named with --suite)";

    public static int Run(string[] args)
    {
        if (!TryParseArguments(args, out var arguments, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine("usage: " + Usage);
            return 2;
        }

        string root;
        try
        {
            root = W3cData.FindRoot();
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var report = new SparqlReport(Console.Out, root, arguments.Verbose);
        var runs = new List<SparqlSuiteRun>();
        foreach (var suite in arguments.Suites)
        {
            var run = suite.Run(root);
            report.Write(run);
            runs.Add(run);
        }

        if (arguments.FailFile is { } failFile)
        {
            // SPARQL 1.2 failures are expected for now; listing them unasked would bury the ones that count.
            var listed = runs.Where(r => !r.Suite.Informational || arguments.Named);
            File.WriteAllLines(failFile, listed.SelectMany(r => r.Outcomes).Where(o => o.Failed).Select(o => o.Test.Id));
        }

        var decisive = runs.Where(r => !r.Suite.Informational).ToList();
        var failed = decisive.Sum(r => r.Failed);
        Console.WriteLine();
        Console.WriteLine($"{decisive.Sum(r => r.Passed)} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <param name="Named">Whether the suites were chosen with --suite rather than all run by default.</param>
    private sealed record Arguments(List<SparqlSuite> Suites, bool Named, bool Verbose, string? FailFile);

    private static bool TryParseArguments(string[] args, out Arguments arguments, out string error)
    {
        var names = new List<string>();
        var verbose = false;
        string? failFile = null;
        arguments = new Arguments([], false, false, null);
        error = string.Empty;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case "--suite" when i + 1 < args.Length:
                    names.Add(args[++i]);
                    break;
                case "--fail-file" when i + 1 < args.Length:
                    failFile = args[++i];
                    break;
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }

        var unknown = names.Where(n => !SparqlSuite.All.Any(s => Selects(n, s))).ToList();
        if (unknown.Count > 0)
        {
            error = $"no suite matches {string.Join(", ", unknown)}; suites: {string.Join(", ", SparqlSuite.All.Select(s => s.Name))}";
            return false;
        }

        arguments = new Arguments([.. SparqlSuite.All.Where(s => names.Count == 0 || names.Any(n => Selects(n, s)))], names.Count > 0, verbose, failFile);
        return true;
    }

    /// <summary>A name selects a suite by its full name or as the part before a dash, so "sparql11" selects all four SPARQL 1.1 suites.</summary>
    private static bool Selects(string name, SparqlSuite suite) =>
        suite.Name == name || suite.Name.StartsWith(name + "-", StringComparison.Ordinal);
}
