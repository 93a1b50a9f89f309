using System.Diagnostics;
using System.Globalization;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// <c>fuzz [--cases N] [--seed S] [--seconds T] [--format nt|nq|ttl|trig|all]</c>: feeds mutated
/// W3C test files to the parsers and reports any exception other than a syntax error, and any
/// case slower than two seconds. Exit code 1 if there was any, 2 for bad arguments.
/// </summary>
public static class FuzzCommand
{
    public const string Usage = "usage: fuzz [--cases N] [--seed S] [--seconds T] [--format nt|nq|ttl|trig|all]";

    public static int Run(string[] args)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fuzzing {string.Join(", ", options.Formats.Select(f => f.Extension().TrimStart('.')))}: {options.Cases:N0} cases each, seed {options.Seed}, at most {options.TimeLimit.TotalSeconds:F0} s; findings go to {options.OutputDirectory}"));
        var clock = Stopwatch.StartNew();
        IReadOnlyList<CampaignReport> reports;
        try
        {
            reports = Fuzzer.Run(options);
        }
        catch (IOException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        FuzzReportWriter.Write(Console.Out, reports, clock.Elapsed);
        return reports.Any(r => r.Crashes > 0 || r.Hangs > 0) ? 1 : 0;
    }

    private static bool TryParse(string[] args, out FuzzOptions options, out string error) =>
        FuzzArguments.TryParse(args, new FuzzOptions { Log = Console.Out }, static (parsed, name, value) => name switch
        {
            "--format" when value == "all" => parsed with { Formats = FuzzOptions.SupportedFormats },
            "--format" when RdfFormats.TryParseName(value, out var format) && FuzzOptions.SupportedFormats.Contains(format) =>
                parsed with { Formats = [format] },
            _ => null,
        },
        out options, out error);
}
