using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using NewsGraph.Extraction;
using NewsGraph.Extraction.Articles;
using NewsGraph.Ingest;
using NewsGraph.Store;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// One run of ingest into a data directory: every article in its own transaction, so an
/// interrupted run keeps what it committed and a re-run skips the articles already there.
/// </summary>
internal sealed class StoreIngestBatch(IDataset dataset, IngestProgress? progress, bool logCommitted)
{
    private readonly ArticleSource _source = new();
    private readonly ArticleIngestor _ingestor = new(dataset);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly int[] _byStatus = new int[Enum.GetValues<IngestStatus>().Length];
    private long _quads;
    private int _events;
    private int _statements;

    /// <summary>Inputs or articles that could not be read or extracted.</summary>
    public int Failures { get; private set; }

    public void Run(List<string> inputs)
    {
        foreach (var input in inputs)
        {
            foreach (var article in _source.Read(input))
            {
                ReportErrors();
                Ingest(article);
                progress?.Advance();
            }

            ReportErrors();
        }
    }

    public string Summary(string dataDirectory) => string.Create(
        CultureInfo.InvariantCulture,
        $"ingest: {_byStatus.Sum() + Failures} articles: {_byStatus[(int)IngestStatus.Added]} added, {_byStatus[(int)IngestStatus.Replaced]} replaced, "
        + $"{_byStatus[(int)IngestStatus.Unchanged]} unchanged, {Failures} failed; {_events} events, {_statements} statements, {_quads} quads "
        + $"into {dataDirectory}, {_clock.Elapsed.TotalSeconds:F2} s");

    private void Ingest(Article article)
    {
        IngestOutcome outcome;
        try
        {
            outcome = _ingestor.Ingest(article);
        }
        catch (DbException e)
        {
            // The store itself failed (disk full, a corrupt file): every later article would fail too.
            throw new IOException($"{article.Source}: the store failed: {e.Message}", e);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not IOException)
        {
            // An extractor bug on one odd article must not lose the rest of a long batch.
            Failures++;
            Console.Error.WriteLine($"{article.Source}: extraction failed: {e.GetType().Name}: {e.Message}");
            return;
        }

        _byStatus[(int)outcome.Status]++;
        _quads += outcome.Quads;
        _events += outcome.Events;
        _statements += outcome.Statements;
        if (logCommitted)
        {
            // One flushed line per article once its transaction is durable: whoever watches the run may rely on it.
            Console.Out.WriteLine($"committed\t{outcome.ArticleId}\t{outcome.Status.ToString().ToLowerInvariant()}\t{ExtractionPipeline.ContentHash(article.Text)}");
            Console.Out.Flush();
        }
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
