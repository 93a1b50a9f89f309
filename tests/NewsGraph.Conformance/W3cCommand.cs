using NewsGraph.Conformance.Rdf;

namespace NewsGraph.Conformance;

/// <summary>
/// <c>w3c [--suite NAME]... [--verbose]</c>: runs the W3C RDF syntax suites and reports per suite.
/// Exits 1 if an RDF 1.1 test or round trip fails; the RDF 1.2 suites never change the exit code.
/// </summary>
public static class W3cCommand
{
    public const string Usage = "w3c [--suite NAME]... [--verbose]   NAME: a suite (rdf11/rdf-turtle) or a part of one (rdf-turtle, rdf12)";

    public static int Run(string[] args)
    {
        if (!TryParseArguments(args, out var suites, out var verbose, out var error))
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

        var report = new W3cReport(Console.Out, root, verbose);
        var runs = new List<SuiteRun>();
        foreach (var suite in suites)
        {
            var run = suite.Run(root);
            report.Write(run);
            runs.Add(run);
        }

        var decisive = runs.Where(r => !r.Suite.Informational).ToList();
        var failed = decisive.Sum(r => r.Failed);
        Console.WriteLine();
        Console.WriteLine($"{decisive.Sum(r => r.Passed)} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static bool TryParseArguments(string[] args, out List<RdfSyntaxSuite> suites, out bool verbose, out string error)
    {
        var names = new List<string>();
        verbose = false;
        suites = [];
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
                default:
                    error = $"unexpected argument '{args[i]}'";
                    return false;
            }
        }

        suites = [.. RdfSyntaxSuite.All.Where(s => names.Count == 0 || names.Any(n => Selects(n, s)))];
        var unknown = names.Where(n => !RdfSyntaxSuite.All.Any(s => Selects(n, s))).ToList();
        if (unknown.Count > 0)
        {
            error = $"no suite matches {string.Join(", ", unknown)}; suites: {string.Join(", ", RdfSyntaxSuite.All.Select(s => s.Name))}";
            return false;
        }

        return true;
    }

    /// <summary>A name selects a suite by its full name or by one of its parts, so "rdf-turtle" selects both versions.</summary>
    private static bool Selects(string name, RdfSyntaxSuite suite) => suite.Name == name || suite.Name.Split('/').Contains(name);
}
