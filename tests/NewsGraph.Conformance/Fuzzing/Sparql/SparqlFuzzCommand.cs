using System.Diagnostics;
using System.Globalization;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// <c>fuzz-sparql [--cases N] [--seed S] [--seconds T]</c>: feeds mutated W3C queries and
/// updates, deep documents and pathological queries to the SPARQL engine, parsing each and
/// evaluating what parses, and reports any exception other than the documented ones, and any
/// case the timeout did not stop. Exit code 1 if there was any, 2 for bad arguments.
/// <c>fuzz-sparql --serve</c> followed by the limits is the executor process it starts.
/// </summary>
public static class SparqlFuzzCommand
{
    public const string Usage = "usage: fuzz-sparql [--cases N] [--seed S] [--seconds T]";

    public static int Run(string[] args)
    {
        switch (args)
        {
            case ["--serve", .. var limits]:
                return SparqlExecutorServer.Serve(SparqlLimits.Parse(limits));
            case ["--help"] or ["-h"]:
                Console.WriteLine(Usage);
                return 0;
        }

        // The campaign's bounds are all the options it takes.
        if (!FuzzArguments.TryParse(args, new SparqlFuzzOptions { Log = Console.Out }, static (_, _, _) => null, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var limitsText = string.Create(
            CultureInfo.InvariantCulture,
            $"timeout {options.Limits.Timeout.TotalSeconds:0.###} s, at most {options.Limits.MaxResults:N0} results and {options.Limits.MaxMemoryBytes >> 20} MiB, a hang past {options.Limits.HangThreshold.TotalSeconds:0.###} s");
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"fuzzing SPARQL: {options.Cases:N0} cases, seed {options.Seed}, at most {options.TimeLimit.TotalSeconds:F0} s; {limitsText}; findings go to {options.OutputDirectory}"));
        var clock = Stopwatch.StartNew();
        CampaignReport report;
        try
        {
            report = SparqlFuzzer.Run(options);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException)
        {
            // A missing corpus or an executor that cannot start: nothing was tested.
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        SparqlReportWriter.Write(Console.Out, report, clock.Elapsed);
        return report.Crashes > 0 || report.Hangs > 0 ? 1 : 0;
    }
}
