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
        IReadOnlyList<FormatReport> reports;
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

    private static bool TryParse(string[] args, out FuzzOptions options, out string error)
    {
        options = new FuzzOptions { Log = Console.Out };
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                error = $"{name} needs a value";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--cases" when int.TryParse(value, CultureInfo.InvariantCulture, out var cases) && cases > 0:
                    options = options with { Cases = cases };
                    break;
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var seed):
                    options = options with { Seed = seed };
                    break;
                case "--seconds" when double.TryParse(value, CultureInfo.InvariantCulture, out var seconds) && seconds > 0:
                    options = options with { TimeLimit = TimeSpan.FromSeconds(seconds) };
                    break;
                case "--format" when value == "all":
                    options = options with { Formats = FuzzOptions.SupportedFormats };
                    break;
                case "--format" when RdfFormats.TryParseName(value, out var format) && FuzzOptions.SupportedFormats.Contains(format):
                    options = options with { Formats = [format] };
                    break;
                default:
                    error = $"unknown option or bad value: {name} {value}";
                    return false;
            }
        }

        return true;
    }
}
