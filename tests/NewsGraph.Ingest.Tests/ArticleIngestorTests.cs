using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Rdf;
using NewsGraph.Sparql;
using NewsGraph.Store;

namespace NewsGraph.Ingest.Tests;

public sealed class ArticleIngestorTests : IDisposable
{
    private const string Visit = "Paris, 4 March 2024 — The President of France Emmanuel Macron visited Berlin on 4 March 2024 and met German Chancellor Olaf Scholz.\n";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "newsgraph-ingest-" + Guid.NewGuid().ToString("N"));
    private readonly IDataset _dataset;

    public ArticleIngestorTests() => _dataset = DataDirectory.Open(_directory);

    public void Dispose()
    {
        _dataset.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private static Article Article(string id, string text) => new(id, "en", null, new DateOnly(2024, 3, 4), null, null, text, id + ".txt");

    private SolutionsResult Select(string query, bool union = true)
    {
        using var read = _dataset.BeginRead();
        var result = (SolutionsResult)SparqlEngine.Query(read.Store, "PREFIX ng: <https://w3id.org/newsgraph/ontology#> " + query, new SparqlQueryOptions { UnionDefaultGraph = union });
        return new SolutionsResult(result.Variables, result.Rows.ToList());
    }

    [Fact]
    public void The_same_article_twice_is_stored_once_and_a_changed_one_replaces_its_graph()
    {
        var ingestor = new ArticleIngestor(_dataset);
        var first = ingestor.Ingest(Article("a", Visit));
        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.True(first.Events > 0);
        long count;
        using (var read = _dataset.BeginRead())
        {
            count = read.Store.Count;
        }

        Assert.Equal(IngestStatus.Unchanged, ingestor.Ingest(Article("a", Visit)).Status);
        using (var read = _dataset.BeginRead())
        {
            Assert.Equal(count, read.Store.Count);
        }

        var changed = ingestor.Ingest(Article("a", Visit + "He returned to Paris on 5 March 2024.\n"));
        Assert.Equal(IngestStatus.Replaced, changed.Status);
        Assert.Equal(FactGraph.ArticleGraph("a"), changed.Graph);
        var hashes = Select("SELECT ?h WHERE { ?a ng:contentHash ?h }").Rows.ToList();
        Assert.Single(hashes);
        Assert.Equal(NewsGraph.Extraction.ExtractionPipeline.ContentHash(Visit + "He returned to Paris on 5 March 2024.\n"), ((Literal)hashes[0][0]!).Lexical);
    }

    [Fact]
    public void A_page_ending_in_other_stories_teasers_is_unchanged_when_it_comes_again()
    {
        const string page = "Macron visits Berlin\n" + Visit + "Macron and Scholz discussed energy and defence.\n"
            + "Japanese Prime Minister Fumio Kishida announced a new budget.\n"
            + "Brazilian President Luiz Inacio Lula da Silva opened a summit.\n"
            + "South African President Cyril Ramaphosa named a new cabinet.\n"
            + "Indian Prime Minister Narendra Modi inaugurated a bridge.\n";
        var ingestor = new ArticleIngestor(_dataset);
        Assert.Equal(IngestStatus.Added, ingestor.Ingest(Article("t", page)).Status);
        Assert.Equal(IngestStatus.Unchanged, ingestor.Ingest(Article("t", page)).Status);
        var hash = Assert.Single(Select("SELECT ?h WHERE { ?a ng:contentHash ?h }").Rows);
        Assert.Equal(NewsGraph.Extraction.ExtractionPipeline.ContentHash(page), ((Literal)hash[0]!).Lexical);
        Assert.Empty(Select("SELECT ?p WHERE { ?a ng:mentions ?p FILTER(CONTAINS(STR(?p), 'kishida')) }").Rows);
    }

    [Fact]
    public void An_event_reported_by_two_articles_stays_described_when_one_is_replaced()
    {
        var ingestor = new ArticleIngestor(_dataset);
        ingestor.Ingest(Article("a", Visit));
        ingestor.Ingest(Article("b", "Berlin, 4 March 2024 — German Chancellor Olaf Scholz met the President of France Emmanuel Macron in Berlin on 4 March 2024.\n"));
        const string Shared = "SELECT DISTINCT ?e ?t WHERE { ?e ng:reportedIn ?x , ?y . ?e a ?t . FILTER(?x != ?y) }";
        var shared = Select(Shared).Rows.ToList();
        Assert.NotEmpty(shared);

        ingestor.Ingest(Article("a", "Nothing happened today.\n"));
        foreach (var row in shared)
        {
            var e = (Iri)row[0]!;
            var types = Select($"SELECT ?t WHERE {{ <{e.Value}> a ?t ; ng:participant ?p }}").Rows.ToList();
            Assert.Contains(types, r => r[0] == row[1]);
        }
    }

    [Fact]
    public void Queries_see_the_union_of_all_graphs_by_default_and_the_reference_graphs_are_there()
    {
        new ArticleIngestor(_dataset).Ingest(Article("a", Visit));
        Assert.Single(Select("SELECT ?a WHERE { ?a a ng:Article }").Rows);
        Assert.Empty(Select("SELECT ?a WHERE { ?a a ng:Article }", union: false).Rows);
        Assert.NotEmpty(Select("SELECT ?c WHERE { GRAPH <https://w3id.org/newsgraph/ontology> { ?c a <http://www.w3.org/2002/07/owl#Class> } }").Rows);
        Assert.NotEmpty(Select($"SELECT ?s WHERE {{ GRAPH <{FactGraph.GazetteerGraph.Value}> {{ ?s ?p ?o }} }} LIMIT 1").Rows);
    }

    [Fact]
    public void Reopening_does_not_rewrite_unchanged_reference_graphs()
    {
        long count;
        using (var read = _dataset.BeginRead())
        {
            count = read.Store.Count;
        }

        using var again = DataDirectory.Open(_directory);
        using var read2 = again.BeginRead();
        Assert.Equal(count, read2.Store.Count);
        Assert.True(count > 1000);
    }
}
