using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NewsGraph.Extraction;
using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Ingest;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// <c>newsgraph ingest PATH... [--data-dir DIR | --out FILE]</c>: reads news articles, extracts events
/// and statements and stores them in a data directory or writes them as RDF. One bad input is
/// reported and skipped; the rest of the batch goes on.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Article files ({ArticleInputs.ExtensionList}), folders (every such file inside, recursively, in path order; "
                + "quoted glob patterns such as 'corpus/**/ar-*.txt' (** crosses folders); "
                + "SOURCES.tsv and other files are skipped) or '-' for one plain-text article on standard input. "
                + "A SOURCES.tsv beside the articles (file, lang, outlet, published) supplies their metadata.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out")
        {
            Description = "Write an RDF file instead of storing ('-' for standard output). Its extension names the format: .nt .nq .ttl .trig, optionally .gz. "
                + "Quad formats (.nq .trig) keep each article's named graph and the gazetteer and ontology graphs; triple formats (.nt .ttl) merge them. "
                + "The file is written beside the target and renamed at the end, so it is never left half-written.",
            HelpName = "FILE",
        };
        var dataDir = DataDirOption.Create(
            "Each article goes into its own named graph, in its own transaction: an interrupted run keeps every article it reported. "
            + "An article already stored with the same text is left alone (unchanged), one with other text has its graph replaced. Used when --out is not given.");
        var logCommitted = new Option<bool>("--log-committed") { Description = "With a data directory: print 'committed<TAB>ID<TAB>added|replaced|unchanged<TAB>HASH' on standard output as each article's transaction is durable." };
        var format = new Option<string?>("--format") { Description = $"With --out: output format, overriding the extension: {RdfFormats.Names}.", HelpName = "FMT" };
        var noOntology = new Option<bool>("--no-ontology") { Description = "With --out: leave out the ontology (ontology/newsgraph.ttl), written by default in its own graph. A data directory always holds it." };
        var progress = new Option<bool>("--progress") { Description = "Print 'N/M articles, X/s' every second on standard error (the default when standard error is a terminal)." };
        var command = new Command(
            "ingest",
            "Extract visits, meetings, calls and statements from news articles (ar, he, en, ru) into the data directory "
            + $"(--data-dir, default ./{DataDirectory.DefaultPath}, queried with 'query --data-dir') or into an RDF file (--out). "
            + "An input that cannot be read (a missing or unreadable file, a bad JSON line) is reported on standard error as 'file: message' "
            + "or 'file:line: message' and skipped; the others are still ingested. A one-line summary (articles added/replaced/unchanged/failed, events, statements, quads, seconds) "
            + "ends standard error. Exits 0 when every input was read, 1 when some were not, 2 on a usage error or a store failure.")
        {
            paths, dataDir, output, format, noOntology, progress, logCommitted,
        };
        command.SetAction(result =>
        {
            var settings = new IngestSettings(
                result.GetValue(paths) ?? [],
                result.GetValue(output),
                result.GetValue(format),
                !result.GetValue(noOntology),
                result.GetValue(progress) || !Console.IsErrorRedirected);
            var directory = result.GetValue(dataDir);
            if (settings.Out is not null && directory is not null)
            {
                return CliErrors.Report("give --data-dir or --out, not both", CliErrors.Usage);
            }

            if (settings.Out is null && (settings.Format is not null || !settings.Ontology))
            {
                return CliErrors.Report("--format and --no-ontology apply to --out only", CliErrors.Usage);
            }

            return settings.Out is null
                ? RunIntoStore(settings, directory ?? DataDirectory.DefaultPath, result.GetValue(logCommitted))
                : Run(settings, settings.Out);
        });
        return command;
    }

    private sealed record IngestSettings(string[] Paths, string? Out, string? Format, bool Ontology, bool Progress);

    private static int RunIntoStore(IngestSettings settings, string dataDirectory, bool logCommitted)
    {
        return CliErrors.Guard(() =>
        {
            var inputs = ExpandInputs(settings.Paths);
            using var dataset = DataDirectory.Open(dataDirectory);
            var batch = new StoreIngestBatch(dataset, settings.Progress ? new IngestProgress(inputs) : null, logCommitted);
            batch.Run(inputs);
            Console.Error.WriteLine(batch.Summary(dataDirectory));
            return batch.Failures == 0 ? 0 : CliErrors.InvalidInput;
        });
    }

    private static List<string> ExpandInputs(string[] paths)
    {
        var inputs = ArticleInputs.Expand(paths);
        if (inputs.Count(i => i == ArticleInputs.StandardInput) > 1)
        {
            throw new CliException("standard input ('-') can be read only once");
        }

        return inputs;
    }

    private static int Run(IngestSettings settings, string outPath)
    {
        return CliErrors.Guard(() =>
        {
            var outFormat = RdfFiles.ResolveFormat(outPath, settings.Format, "output");
            var inputs = ExpandInputs(settings.Paths);
            using var output = new ReplacedFile(outPath);
            var batch = new IngestBatch(outFormat, settings.Progress ? new IngestProgress(inputs) : null);
            using (var writer = RdfWriter.Create(RdfFiles.CreateOutput(output.WritePath), outFormat, new RdfWriterOptions { Prefixes = OutputPrefixes() }))
            {
                batch.Run(inputs, writer, settings.Ontology);
            }

            output.Complete();
            Console.Error.WriteLine(batch.Totals.Summary());
            return batch.Failures == 0 ? 0 : CliErrors.InvalidInput;
        });
    }

    /// <summary>The prefixes the Turtle and TriG output is written with.</summary>
    internal static PrefixMap OutputPrefixes()
    {
        var prefixes = PrefixMap.Common();
        prefixes.Set("ng", Ng.Namespace);
        prefixes.Set("dcterms", "http://purl.org/dc/terms/");
        prefixes.Set("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.Set("schema", "https://schema.org/");
        prefixes.Set("wd", Vocabularies.Wikidata);
        return prefixes;
    }
}

/// <summary>One run of ingest: reads every input, extracts, writes, counts and reports failures.</summary>
internal sealed class IngestBatch(RdfFormat format, IngestProgress? progress)
{
    private readonly ExtractionPipeline _pipeline = new();
    private readonly ArticleSource _source = new();

    public IngestTotals Totals { get; } = new();

    /// <summary>Inputs or articles that could not be read or extracted.</summary>
    public int Failures { get; private set; }

    public void Run(List<string> inputs, RdfWriter writer, bool withOntology)
    {
        if (withOntology)
        {
            Write(writer, ExtractionPipeline.OntologyQuads());
        }

        foreach (var input in inputs)
        {
            foreach (var article in _source.Read(input))
            {
                ReportErrors();
                Ingest(article, writer);
                progress?.Advance();
            }

            ReportErrors();
        }
    }

    private void Ingest(Article article, RdfWriter writer)
    {
        ArticleFacts facts;
        List<Quad> quads;
        try
        {
            facts = _pipeline.Extract(article);
            quads = [.. _pipeline.ToQuads(facts)];
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An extractor bug on one odd article must not lose the rest of a long batch; the
            // message names the article so the bug can be reproduced, and the exit code says so.
            Failures++;
            Console.Error.WriteLine($"{article.Source}: extraction failed: {e.GetType().Name}: {e.Message}");
            return;
        }

        Write(writer, quads);
        Totals.Add(facts);
    }

    private void Write(RdfWriter writer, IEnumerable<Quad> quads)
    {
        var keepGraphs = format.HasNamedGraphs();
        long count = 0;
        foreach (var q in quads)
        {
            writer.Write(keepGraphs ? q : q with { Graph = null });
            count++;
        }

        Totals.Quads += count;
    }

    private void ReportErrors()
    {
        foreach (var error in _source.TakeNewErrors())
        {
            Failures++;
            Console.Error.WriteLine(error.ToString());
        }
    }
}

/// <summary>What a batch produced, for the summary line.</summary>
internal sealed class IngestTotals
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly HashSet<Iri> _entities = [];

    public int Articles { get; private set; }

    public int Events { get; private set; }

    public int Statements { get; private set; }

    public long Quads { get; set; }

    public void Add(ArticleFacts facts)
    {
        Articles++;
        Events += facts.Events.Count;
        Statements += facts.Statements.Count;
        foreach (var e in facts.Entities)
        {
            _entities.Add(e.Iri);
        }
    }

    public string Summary() => string.Create(
        CultureInfo.InvariantCulture,
        $"ingest: {Articles} articles, {Events} events, {Statements} statements, {_entities.Count} entities, {Quads} quads, {_clock.Elapsed.TotalSeconds:F2} s");
}

/// <summary>'N/M articles, X/s' on standard error, at most once a second.</summary>
internal sealed class IngestProgress(List<string> inputs)
{
    private readonly int _total = inputs.Sum(ArticleInputs.Count);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastPrinted;
    private int _done;

    public void Advance()
    {
        _done++;
        var now = _clock.Elapsed;
        if (now - _lastPrinted < TimeSpan.FromSeconds(1))
        {
            return;
        }

        _lastPrinted = now;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{_done}/{_total} articles, {_done / now.TotalSeconds:F0}/s"));
    }
}
