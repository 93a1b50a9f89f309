using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsGraph.Extraction;
using NewsGraph.Extraction.Articles;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// <c>newsgraph bench-extract DIR</c>: extraction throughput. Reads the articles once, then runs
/// extraction and RDF mapping over them again and again, in one thread, writing N-Triples to
/// nowhere, so reading files is left out and the formatting of the output is counted.
/// </summary>
internal static class BenchExtractCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("DIR") { Description = $"A folder (or one file) of articles ({ArticleInputs.ExtensionList}), read once into memory." };
        var articles = new Option<int>("--articles") { Description = "How many articles to extract in the timed run, cycling through those read.", DefaultValueFactory = _ => 10_000, HelpName = "N" };
        var warmup = new Option<int>("--warmup") { Description = "Untimed articles first, to let the JIT settle.", DefaultValueFactory = _ => 500, HelpName = "N" };
        var command = new Command(
            "bench-extract",
            "Benchmark extraction: articles/s, quads/s, peak managed and process memory, single-threaded. "
            + "Each pass renames the articles (id~pass), so every article gets its own nodes, as distinct articles would; "
            + "one pipeline serves the whole run, as in ingest.")
        {
            dir, articles, warmup,
        };
        command.SetAction(result => Run(result.GetValue(dir)!, result.GetValue(articles), result.GetValue(warmup)));
        return command;
    }

    private static int Run(string dir, int count, int warmup)
    {
        return CliErrors.Guard(() =>
        {
            if (count < 1 || warmup < 0)
            {
                throw new CliException("--articles must be at least 1 and --warmup at least 0");
            }

            var source = new ArticleSource();
            var corpus = ArticleInputs.Expand([dir]).SelectMany(source.Read).ToList();
            foreach (var error in source.TakeNewErrors())
            {
                Console.Error.WriteLine(error.ToString());
            }

            if (corpus.Count == 0)
            {
                throw new CliException($"no articles in {dir}");
            }

            var setup = Stopwatch.StartNew();
            var pipeline = new ExtractionPipeline();
            var setupSeconds = setup.Elapsed.TotalSeconds;

            // The warm-up has its own pipeline so that the timed run starts with nothing written.
            Extract(new ExtractionPipeline(), corpus, warmup, "warmup");

            var memory = new PeakManagedMemory();
            var clock = Stopwatch.StartNew();
            var quads = Extract(pipeline, corpus, count, "run", memory);
            var seconds = clock.Elapsed.TotalSeconds;

            Print("folder", dir);
            Print("distinct_articles", corpus.Count.ToString(CultureInfo.InvariantCulture));
            Print("articles", count.ToString(CultureInfo.InvariantCulture));
            Print("setup_seconds", setupSeconds.ToString("F3", CultureInfo.InvariantCulture));
            Print("seconds", seconds.ToString("F3", CultureInfo.InvariantCulture));
            Print("articles_per_second", (count / seconds).ToString("F0", CultureInfo.InvariantCulture));
            Print("quads", quads.ToString(CultureInfo.InvariantCulture));
            Print("quads_per_second", (quads / seconds).ToString("F0", CultureInfo.InvariantCulture));
            Print("peak_managed_mib", (memory.PeakBytes / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture));
            Print("peak_rss_mib", (Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0)).ToString("F0", CultureInfo.InvariantCulture));
            return 0;
        });
    }

    /// <summary>Extracts <paramref name="count"/> articles, cycling through the corpus; returns the quads written.</summary>
    private static long Extract(ExtractionPipeline pipeline, List<Article> corpus, int count, string label, PeakManagedMemory? memory = null)
    {
        using var writer = RdfWriter.Create(TextWriter.Null, RdfFormat.NTriples);
        long quads = 0;
        for (var i = 0; i < count; i++)
        {
            var original = corpus[i % corpus.Count];
            var article = original with { Id = $"{original.Id}~{label}{i / corpus.Count}" };
            foreach (var q in pipeline.ToQuads(pipeline.Extract(article)))
            {
                writer.Write(q with { Graph = null });
                quads++;
            }

            memory?.Sample();
        }

        return quads;
    }

    private static void Print(string key, string value) => Console.WriteLine($"{key} {value}");

    /// <summary>The largest managed heap seen between articles (cheap to read; no collection forced).</summary>
    private sealed class PeakManagedMemory
    {
        public long PeakBytes { get; private set; }

        public void Sample() => PeakBytes = Math.Max(PeakBytes, GC.GetTotalMemory(forceFullCollection: false));
    }
}
