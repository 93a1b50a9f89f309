using NewsGraph.Rdf;

namespace NewsGraph.Ingest;

/// <summary>What ingesting one article did to the store.</summary>
public enum IngestStatus
{
    /// <summary>The article was new.</summary>
    Added,

    /// <summary>The article was there with other text; its graph was replaced.</summary>
    Replaced,

    /// <summary>The article was there with the same text; nothing was written.</summary>
    Unchanged,
}

/// <param name="Graph">The article's named graph.</param>
/// <param name="Quads">The quads of the article's graph (as extracted, whether or not they were written).</param>
public sealed record IngestOutcome(string ArticleId, IngestStatus Status, Iri Graph, int Quads, int Events, int Statements);
