using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Ingest;
using NewsGraph.Sparql.Results;
using NewsGraph.Store;
using NewsGraph.Store.Memory;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// <c>newsgraph bench</c>: with query files, loads the data once and times each query (the same
/// TSV as the peers' runners, so our engine joins their table), or times them on a data directory's
/// durable store; without queries, times the parser alone.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var data = new Option<string?>("--data") { Description = "The RDF file to load into memory (.nt .nq .ttl .trig, optionally .gz); parsed alone when no query is given.", HelpName = "FILE" };
        var dataDir = DataDirOption.Create("Run the queries on this durable store instead of loading --data into memory; each run reads its own snapshot, as a server's request would.");
        var defaultGraphs = new Option<string[]>("--default-graph") { Description = "A graph the queries' default graph is made of (repeatable). Default: the file's default graph with --data, the union of all graphs with --data-dir.", HelpName = "IRI" };
        var repeat = new Option<int>("--repeat") { Description = "Timed runs per query (or parses of the data without queries); the median is reported.", DefaultValueFactory = _ => 5 };
        var warmup = new Option<int>("--warmup") { Description = "Untimed runs first, to let the JIT and caches settle.", DefaultValueFactory = _ => 1 };
        var tsv = new Option<string?>("--tsv") { Description = "Also write the figures as TSV in the format of ../shared/peers (engine newsgraph).", HelpName = "OUT" };
        var resultsDir = new Option<string?>("--results-dir") { Description = "Write each query's results there (.srj, or .nt for graphs), for compare-results.py.", HelpName = "DIR" };
        var timeout = new Option<double>("--timeout-s") { Description = "Stop a query after this many seconds.", DefaultValueFactory = _ => 300 };
        var longS = new Option<double>("--long-s") { Description = "A query slower than this is not run again.", DefaultValueFactory = _ => 20 };
        var queries = new Argument<string[]>("QUERY") { Description = "Query files (.rq) or folders of them.", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("bench", "Benchmark: load RDF and time SPARQL queries over it; without queries, measure parse throughput.")
        {
            data, dataDir, defaultGraphs, repeat, warmup, tsv, resultsDir, timeout, longS, queries,
        };
        command.SetAction(result =>
        {
            var settings = new BenchSettings(
                result.GetValue(data), result.GetValue(dataDir), result.GetValue(defaultGraphs) ?? [], result.GetValue(repeat), result.GetValue(warmup), result.GetValue(tsv), result.GetValue(resultsDir), TimeSpan.FromSeconds(result.GetValue(timeout)), TimeSpan.FromSeconds(result.GetValue(longS)));
            return Run(settings, result.GetValue(queries) ?? []);
        });
        return command;
    }

    private sealed record BenchSettings(string? Data, string? DataDir, string[] DefaultGraphs, int Repeat, int Warmup, string? Tsv, string? ResultsDir, TimeSpan Timeout, TimeSpan Long);

    private static int Run(BenchSettings settings, string[] queries)
    {
        return CliErrors.Guard(() =>
        {
            if (settings.Repeat < 1 || settings.Warmup < 0)
            {
                throw new CliException("--repeat must be at least 1 and --warmup at least 0");
            }

            if ((settings.Data is null) == (settings.DataDir is null) || (queries.Length == 0 && settings.Data is null))
            {
                throw new CliException("give --data FILE (parse it, or load it for the queries) or --data-dir DIR with queries");
            }

            if (queries.Length == 0)
            {
                return ParseBench(settings.Data!, settings);
            }

            var files = ExpandQueries(queries);
            var watch = Stopwatch.StartNew();
            using var dataset = settings.Data is { } data ? LoadIntoMemory(data) : DataDirectory.Open(settings.DataDir!, readOnly: true);
            var ms = watch.Elapsed.TotalMilliseconds;
            using (var session = dataset.BeginRead())
            {
                var (verb, engine, source) = settings.Data is null ? ("OPEN", "newsgraph-sqlite", settings.DataDir) : ("LOAD", "newsgraph", settings.Data);
                Console.WriteLine($"{verb} engine={engine} file={source} quads={session.Store.Count} ms={ms:F0} rss_mb={PeakMib():F0}");
                return QueryBench(settings, dataset, files, $"# engine={engine} load_ms={ms:F0} quads={session.Store.Count} data={source} peak_rss_mib={{0:F0}}");
            }
        });
    }

    private static int ParseBench(string path, BenchSettings settings)
    {
        var format = RdfFiles.ResolveFormat(path, null, "input");
        for (var i = 0; i < settings.Warmup; i++)
        {
            CountQuads(path, format);
        }

        var seconds = new List<double>();
        long count = 0;
        for (var i = 0; i < settings.Repeat; i++)
        {
            var sw = Stopwatch.StartNew();
            count = CountQuads(path, format);
            seconds.Add(sw.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var median = seconds[seconds.Count / 2];
        Print("file", path);
        Print("triples", count.ToString(CultureInfo.InvariantCulture));
        Print("runs", settings.Repeat.ToString(CultureInfo.InvariantCulture));
        Print("seconds", median.ToString("F3", CultureInfo.InvariantCulture));
        Print("min_seconds", seconds[0].ToString("F3", CultureInfo.InvariantCulture));
        Print("triples_per_second", (count / median).ToString("F0", CultureInfo.InvariantCulture));
        Print("peak_rss_mib", PeakMib().ToString("F0", CultureInfo.InvariantCulture));
        return 0;
    }

    private static long CountQuads(string path, RdfFormat format)
    {
        using var reader = OpenReader(path, format);
        long n = 0;
        while (reader.TryRead(out _))
        {
            n++;
        }

        return n;
    }

    private static RdfReader OpenReader(string path, RdfFormat format) =>
        RdfReader.Create(RdfFiles.OpenInput(path), format, new RdfReaderOptions { BaseIri = RdfFiles.DefaultBase(path), SourceName = path, Interner = new TermInterner() });

    private static MemoryDataset LoadIntoMemory(string path)
    {
        var store = new MemoryQuadStore();
        using (var reader = OpenReader(path, RdfFiles.ResolveFormat(path, null, "input")))
        {
            store.Load(reader.ReadAll());
        }

        store.BuildIndexes();
        return new MemoryDataset(store);
    }

    /// <param name="tsvHeader">The TSV's first line; {0} is the peak RSS once the queries ran.</param>
    private static int QueryBench(BenchSettings settings, IDataset dataset, List<string> queryFiles, string tsvHeader)
    {
        Console.WriteLine(string.Join('\t', "query", "kind", "count", "median_ms", "min_ms", "max_ms", "runs"));
        if (settings.ResultsDir is not null)
        {
            Directory.CreateDirectory(settings.ResultsDir);
        }

        var rows = new List<string>();
        foreach (var file in queryFiles)
        {
            var row = RunQuery(dataset, file, settings);
            rows.Add(string.Join('\t', "newsgraph", row.Name, row.Kind, row.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row.Times.Count, Ms(row.Median), Ms(row.Min), Ms(row.Max), row.Status));
            Console.WriteLine(string.Join('\t', row.Name, row.Kind, row.Count?.ToString(CultureInfo.InvariantCulture) ?? "-", Ms(row.Median), Ms(row.Min), Ms(row.Max), row.Times.Count) + (row.Status == "ok" ? string.Empty : "\t" + row.Status));
        }

        Console.WriteLine($"# process peak RSS: {PeakMib():F0} MiB");
        if (settings.Tsv is not null)
        {
            File.WriteAllLines(settings.Tsv, [
                string.Format(CultureInfo.InvariantCulture, tsvHeader, PeakMib()),
                string.Join('\t', "engine", "query", "kind", "count", "runs", "median_ms", "min_ms", "max_ms", "status"),
                .. rows]);
        }

        return 0;
    }

    private sealed record QueryRow(string Name, string Kind, long? Count, List<double> Times, string Status)
    {
        public double Median
        {
            get
            {
                if (Times.Count == 0)
                {
                    return double.NaN;
                }

                var sorted = Times.Order().ToList();
                var mid = sorted.Count / 2;
                return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
            }
        }

        public double Min => Times.Count == 0 ? double.NaN : Times.Min();

        public double Max => Times.Count == 0 ? double.NaN : Times.Max();
    }

    private static QueryRow RunQuery(IDataset dataset, string file, BenchSettings settings)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var times = new List<double>();
        var kind = "?";
        long? count = null;
        try
        {
            var text = File.ReadAllText(file);
            var options = new SparqlQueryOptions
            {
                BaseIri = RdfFiles.DefaultBase(file),
                Timeout = settings.Timeout,
                DefaultGraphs = settings.DefaultGraphs.Length == 0 ? null : settings.DefaultGraphs.Select(iri => new Iri(iri)).ToArray(),
                UnionDefaultGraph = settings.DataDir is not null,
            };
            for (var i = 0; i < settings.Warmup + settings.Repeat; i++)
            {
                var sw = Stopwatch.StartNew();
                var query = SparqlEngine.ParseQuery(text, options.BaseIri);
                using (var session = dataset.BeginRead())
                {
                    (kind, count) = Consume(SparqlEngine.Execute(session.Store, query, options));
                }

                var ms = sw.Elapsed.TotalMilliseconds;
                if (i >= settings.Warmup || ms > settings.Long.TotalMilliseconds)
                {
                    times.Add(ms);
                }

                if (ms > settings.Long.TotalMilliseconds)
                {
                    break;
                }
            }

            if (settings.ResultsDir is not null && times.Max() <= settings.Long.TotalMilliseconds)
            {
                using var session = dataset.BeginRead();
                WriteResults(session.Store, text, options, Path.Combine(settings.ResultsDir, name));
            }

            return new QueryRow(name, kind, count, times, "ok");
        }
        catch (SparqlTimeoutException)
        {
            return new QueryRow(name, kind, count, times, $"timeout (> {settings.Timeout.TotalSeconds:0} s)");
        }
        catch (Exception e) when (e is SparqlSyntaxException or NotSupportedException or SparqlLimitException or IOException)
        {
            return new QueryRow(name, kind, count, times, "error: " + e.Message.Split('\n')[0]);
        }
    }

    private static (string Kind, long Count) Consume(QueryResult result) => result switch
    {
        BooleanResult b => ("ask", b.Value ? 1 : 0),
        SolutionsResult s => ("select", s.Rows.LongCount()),
        GraphResult g => ("graph", g.Triples.LongCount()),
        _ => ("?", 0),
    };

    private static void WriteResults(IQuadStore store, string text, SparqlQueryOptions options, string pathWithoutExtension)
    {
        var result = SparqlEngine.Query(store, text, options);
        if (result is GraphResult graph)
        {
            using var writer = RdfWriter.Create(new StreamWriter(pathWithoutExtension + ".nt"), RdfFormat.NTriples);
            foreach (var t in graph.Triples)
            {
                writer.Write(t);
            }

            return;
        }

        using var output = new StreamWriter(pathWithoutExtension + ".srj");
        SparqlResultsWriter.Write(output, result, ResultsFormat.Json);
    }

    private static List<string> ExpandQueries(string[] paths)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.GetFiles(p, "*.rq").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                files.Add(p);
            }
            else
            {
                throw new CliException($"no such query file or folder: {p}");
            }
        }

        return files;
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "-" : ms.ToString(ms < 10 ? "F3" : "F1", CultureInfo.InvariantCulture);

    private static double PeakMib() => Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);

    private static void Print(string key, string value) => Console.WriteLine($"{key} {value}");
}
