using NewsGraph.Extraction;
using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Rdf;
using NewsGraph.Store;

namespace NewsGraph.Ingest;

/// <summary>
/// Puts articles into a dataset, each in its own named graph and its own transaction. Idempotent:
/// an article whose stored graph carries the same ng:contentHash is left alone, one with another
/// hash has its graph replaced. Extraction runs before the transaction, so the writer slot is held
/// only for the writes. One ingestor per thread.
/// </summary>
public sealed class ArticleIngestor
{
    private readonly IDataset _dataset;
    private readonly ExtractionPipeline _pipeline;

    /// <param name="pipeline">Should be built with selfContainedArticles (the default here), or replacing
    /// one article could remove the description of an event another article reports too.</param>
    public ArticleIngestor(IDataset dataset, ExtractionPipeline? pipeline = null)
    {
        _dataset = dataset;
        _pipeline = pipeline ?? new ExtractionPipeline(selfContainedArticles: true);
    }

    /// <summary>Extracts and stores one article; committed when this returns.</summary>
    public IngestOutcome Ingest(Article article)
    {
        var facts = _pipeline.Extract(article);
        var quads = _pipeline.ToQuads(facts).ToList();
        var hash = ExtractionPipeline.ContentHash(article.Text);
        var graph = FactGraph.ArticleGraph(article.Id);
        var status = Store(quads, graph, FactGraph.ArticleIri(article.Id), hash);
        return new IngestOutcome(article.Id, status, graph, quads.Count, facts.Events.Count, facts.Statements.Count);
    }

    private IngestStatus Store(List<Quad> quads, Iri graph, Iri article, string hash)
    {
        // Re-ingesting a folder is mostly unchanged articles: tell them from a snapshot, without waiting for the writer slot.
        using (var read = _dataset.BeginRead())
        {
            if (StoredHash(read.Store, graph, article) == hash)
            {
                return IngestStatus.Unchanged;
            }
        }

        using var write = _dataset.BeginWrite();
        var store = write.Store;
        if (StoredHash(store, graph, article) == hash)
        {
            // Another writer stored the same text meanwhile; an empty commit ends the transaction.
            write.Commit();
            return IngestStatus.Unchanged;
        }

        var existed = store.DropGraph(graph);
        store.AddRange(quads);

        write.Commit();
        return existed ? IngestStatus.Replaced : IngestStatus.Added;
    }

    /// <summary>The ng:contentHash the article's stored graph carries, or null if it is not stored.</summary>
    public static string? StoredHash(IQuadStore store, Iri graph, Iri article)
    {
        int g = store.Lookup(graph), s = store.Lookup(article), p = store.Lookup(Ng.ContentHash);
        if (g == TermIds.None || s == TermIds.None || p == TermIds.None)
        {
            return null;
        }

        return store.Match(s, p, 0, g).Select(q => store.Decode(q.O)).OfType<Literal>().FirstOrDefault()?.Lexical;
    }
}
