using NewsGraph.Sparql;
using static NewsGraph.Sparql.Tests.Engine.EngineFixture;

namespace NewsGraph.Sparql.Tests.Engine;

public class QueryEvaluationTests
{
    private readonly NewsGraph.Store.Memory.MemoryQuadStore _store = NewStore();

    [Fact]
    public void JoinsAndFiltersOnDates() =>
        Assert.Equal([":china"], Column(_store, "SELECT ?host { ?v :visitor :lukashenko ; :host ?host ; :date ?d FILTER(?d < \"2024-01-01\"^^xsd:date) }"));

    [Fact]
    public void OptionalKeepsSolutionsWithoutAMatch()
    {
        var rows = Rows(_store, "SELECT ?x ?y { ?x :leads ?c OPTIONAL { ?c :partOf ?y } } ORDER BY ?x");
        Assert.Equal(2, rows.Count);
        Assert.Equal(new Iri("http://example.org/cis"), rows[0][1]);
        Assert.Null(rows[1][1]);
    }

    [Fact]
    public void GroupsAndAggregates()
    {
        var rows = Rows(_store, "SELECT ?who (COUNT(*) AS ?n) (SUM(?days) AS ?total) (GROUP_CONCAT(STR(?host); SEPARATOR=\",\") AS ?hosts) { ?v :visitor ?who ; :days ?days ; :host ?host } GROUP BY ?who ORDER BY DESC(?n)");
        Assert.Equal(2, rows.Count);
        Assert.Equal("2", ((Literal)rows[0][1]!).Lexical);
        Assert.Equal("4", ((Literal)rows[0][2]!).Lexical);
        Assert.Equal(["http://example.org/china", "http://example.org/russia"], ((Literal)rows[0][3]!).Lexical.Split(',').Order());
    }

    [Fact]
    public void HavingFiltersGroups() =>
        Assert.Equal([":lukashenko"], Column(_store, "SELECT ?who { ?v :visitor ?who } GROUP BY ?who HAVING (COUNT(?v) > 1)"));

    [Fact]
    public void PropertyPathsFollowChains()
    {
        Assert.Equal([":cis", ":world"], Column(_store, "SELECT ?x { :belarus :partOf+ ?x } ORDER BY ?x"));
        Assert.Equal([":belarus", ":cis", ":world"], Column(_store, "SELECT ?x { :belarus :partOf* ?x } ORDER BY ?x"));
        Assert.Equal([":lukashenko"], Column(_store, "SELECT ?p { ?p :leads/:partOf/:partOf :world }"));
        Assert.Equal([":china", ":russia"], Column(_store, "SELECT DISTINCT ?h { :lukashenko ^:visitor/:host ?h } ORDER BY ?h"));
    }

    [Fact]
    public void MinusAndNotExistsRemoveMatches()
    {
        Assert.Equal([":xi"], Column(_store, "SELECT ?p { ?p :leads ?c MINUS { ?c :partOf ?any } }"));
        Assert.Equal([":xi"], Column(_store, "SELECT ?p { ?p :leads ?c FILTER NOT EXISTS { ?c :partOf ?any } }"));
    }

    [Fact]
    public void LanguageFiltersAndStringFunctions()
    {
        Assert.Equal(["ألكسندر لوكاشينكو"], Column(_store, "SELECT ?n { :lukashenko :name ?n FILTER(LANG(?n) = \"ar\") }"));
        Assert.Equal(["XI JINPING"], Column(_store, "SELECT (UCASE(?n) AS ?u) { :xi :name ?n }"));
        Assert.Equal(["Alexander"], Column(_store, "SELECT (STRBEFORE(?n, \" \") AS ?f) { :lukashenko :name ?n FILTER langMatches(lang(?n), \"EN\") }"));
    }

    [Fact]
    public void BindValuesAndSubqueries()
    {
        Assert.Equal(["6"], Column(_store, "SELECT (?d * 2 AS ?x) { VALUES ?v { :v1 } ?v :days ?d }"));
        Assert.Equal([":v3"], Column(_store, "SELECT ?v { { SELECT ?v (MAX(?d) AS ?m) { ?v :date ?d } GROUP BY ?v ORDER BY DESC(?m) LIMIT 2 } FILTER(?v != :v2) }"));
    }

    [Fact]
    public void AskConstructAndDescribe()
    {
        Assert.True(((BooleanResult)SparqlEngine.Query(_store, Prefixes + "ASK { :xi :leads :china }")).Value);
        var graph = ((GraphResult)SparqlEngine.Query(_store, Prefixes + "CONSTRUCT { ?host :visitedBy ?p } WHERE { ?v :visitor ?p ; :host ?host }")).Triples.ToList();
        Assert.Equal(3, graph.Count);
        var described = ((GraphResult)SparqlEngine.Query(_store, Prefixes + "DESCRIBE :xi")).Triples.ToList();
        Assert.Equal(2, described.Count);
    }

    [Fact]
    public void NamedGraphsAndDatasetClauses()
    {
        var store = NewStore("""
            @prefix : <http://example.org/> .
            :a :p 1 .
            """);
        store.Add(new Quad(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("in g"), new Iri("http://example.org/g")));
        Assert.Equal([":g"], Column(store, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }"));
        Assert.Equal(["in g"], Column(store, "SELECT ?o FROM :g { ?s ?p ?o }"));
        Assert.Equal(["1"], Column(store, "SELECT ?o { ?s ?p ?o }"));
        Assert.Equal(2, Rows(store, "SELECT ?o { ?s ?p ?o }", new SparqlQueryOptions { UnionDefaultGraph = true }).Count);
    }

    [Fact]
    public void TimeoutStopsAPathologicalQuery()
    {
        var chain = string.Concat(Enumerable.Range(0, 300).Select(i => $":n{i} :next :n{i + 1} . "));
        var store = NewStore("@prefix : <http://example.org/> . " + chain);
        var options = new SparqlQueryOptions { Timeout = TimeSpan.FromMilliseconds(200) };
        Assert.Throws<SparqlTimeoutException>(() => Rows(store, "SELECT * { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . ?g ?s ?h }", options));
    }

    [Fact]
    public void ResultCapStopsLargeResults()
    {
        var options = new SparqlQueryOptions { MaxResults = 5 };
        Assert.Throws<SparqlLimitException>(() => Rows(_store, "SELECT * { ?a ?p ?b . ?c ?q ?d }", options));
    }

    [Fact]
    public void ExplainShowsTheOptimisedPlan()
    {
        var query = SparqlEngine.ParseQuery(Prefixes + "SELECT ?v { ?v :visitor ?p ; :days ?d FILTER(?d > 1 && 1 + 1 = 2) }");
        var plan = SparqlEngine.Explain(_store, query);
        Assert.Contains("filter as soon as bound: Greater(?d, \"1\"", plan);
        Assert.DoesNotContain("Add(", plan);
    }
}
