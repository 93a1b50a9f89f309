using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph bench --data FILE</c>: how fast the parser reads a file, and in how much memory.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The RDF file to parse (.nt .nq .ttl .trig, optionally .gz).", Required = true };
        var repeat = new Option<int>("--repeat") { Description = "How many timed parses; the median is reported.", DefaultValueFactory = _ => 3 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed parses first, to let the JIT settle.", DefaultValueFactory = _ => 0 };
        var command = new Command("bench", "Measure parse throughput (triples per second) and peak memory over an RDF file.")
        {
            data, repeat, warmup,
        };
        command.SetAction(result => Run(result.GetValue(data)!, result.GetValue(repeat), result.GetValue(warmup)));
        return command;
    }

    private static int Run(string path, int repeat, int warmup)
    {
        try
        {
            var format = RdfFiles.ResolveFormat(path, null, "input");
            if (repeat < 1 || warmup < 0)
            {
                throw new CliException("--repeat must be at least 1 and --warmup at least 0");
            }

            for (var i = 0; i < warmup; i++)
            {
                ParseOnce(path, format);
            }

            var seconds = new List<double>();
            long count = 0;
            for (var i = 0; i < repeat; i++)
            {
                var sw = Stopwatch.StartNew();
                count = ParseOnce(path, format);
                seconds.Add(sw.Elapsed.TotalSeconds);
            }

            seconds.Sort();
            var median = seconds[seconds.Count / 2];
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Print("file", path);
            Print("triples", count.ToString(CultureInfo.InvariantCulture));
            Print("runs", repeat.ToString(CultureInfo.InvariantCulture));
            Print("seconds", median.ToString("F3", CultureInfo.InvariantCulture));
            Print("min_seconds", seconds[0].ToString("F3", CultureInfo.InvariantCulture));
            Print("triples_per_second", (count / median).ToString("F0", CultureInfo.InvariantCulture));
            Print("peak_rss_mib", (peak / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture));
            return 0;
        }
        catch (RdfSyntaxException e)
        {
            return CliErrors.Report(e.Message, CliErrors.InvalidInput);
        }
        catch (CliException e)
        {
            return CliErrors.Report(e.Message, CliErrors.Usage);
        }
        catch (IOException e)
        {
            return CliErrors.Report(e.Message, CliErrors.Usage);
        }
    }

    private static long ParseOnce(string path, RdfFormat format)
    {
        var options = new RdfReaderOptions { BaseIri = RdfFiles.DefaultBase(path), SourceName = path, Interner = new TermInterner() };
        using var reader = RdfReader.Create(RdfFiles.OpenInput(path), format, options);
        long n = 0;
        while (reader.TryRead(out _))
        {
            n++;
        }

        return n;
    }

    private static void Print(string key, string value) => Console.WriteLine($"{key} {value}");
}
