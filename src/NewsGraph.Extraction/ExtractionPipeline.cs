using System.Security.Cryptography;
using System.Text;
using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Extraction.Text;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Extraction;

/// <summary>
/// Article in, quads out: the one entry point the command line (and later the store) uses.
/// Extraction itself is stateless; the pipeline remembers which entities and events it has
/// already written, so a batch describes each gazetteer entity once and merges an event reported
/// by several articles into one node.
/// </summary>
public sealed class ExtractionPipeline
{
    public static readonly Iri OntologyGraph = new("https://w3id.org/newsgraph/ontology");

    private readonly TeaserTail _teasers;
    private readonly FactExtractor _extractor;
    private readonly FactGraph _graph;

    /// <param name="selfContainedArticles">Each article graph describes its own events and persons in
    /// full and no gazetteer entity is copied (see <see cref="FactGraph"/>): what a store needs, where
    /// articles are replaced one by one and the gazetteer graph is stored whole.</param>
    public ExtractionPipeline(EntityGazetteer? gazetteer = null, bool selfContainedArticles = false)
    {
        gazetteer ??= EntityGazetteer.Default;
        // The teaser pass finds names as extraction does, with the same name index.
        var morphology = new Morphology(LexiconTable.Load("morphology"));
        var mentions = MentionFinder.For(gazetteer, morphology);
        _teasers = new TeaserTail(mentions);
        _extractor = new FactExtractor(gazetteer, mentions, morphology);
        _graph = new FactGraph(gazetteer, selfContainedArticles);
    }

    /// <summary>
    /// The facts of one article; other stories' leads at the end of its page are not read (<see cref="TeaserTail"/>).
    /// The facts keep the page as it was read, so its content hash is the one ingest compares a page with when it
    /// comes again (the cut only drops the page's end, so every sentence offset holds in both).
    /// </summary>
    public ArticleFacts Extract(Article article)
    {
        var facts = _extractor.Extract(_teasers.Cut(article));
        return ReferenceEquals(facts.Article, article)
            ? facts
            : new ArticleFacts { Article = article, Sentences = facts.Sentences, Entities = facts.Entities, Events = facts.Events, Statements = facts.Statements };
    }

    /// <summary>The facts of one article as quads, in the article's named graph (and the gazetteer graph).</summary>
    public IEnumerable<Quad> ToQuads(ArticleFacts facts) => _graph.Map(facts, ContentHash(facts.Article.Text));

    /// <summary>The ontology (ontology/newsgraph.ttl), in its own graph.</summary>
    public static IEnumerable<Quad> OntologyQuads()
    {
        using var stream = typeof(ExtractionPipeline).Assembly.GetManifestResourceStream("ontology/newsgraph.ttl")
            ?? throw new InvalidOperationException("ontology/newsgraph.ttl is not embedded");
        using var reader = RdfReader.Create(new StreamReader(stream), RdfFormat.Turtle, new RdfReaderOptions { SourceName = "ontology/newsgraph.ttl" });
        foreach (var q in reader.ReadAll().ToList())
            yield return q with { Graph = OntologyGraph };
    }

    public static string ContentHash(string text) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
