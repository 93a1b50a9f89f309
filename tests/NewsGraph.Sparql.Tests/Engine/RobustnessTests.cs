using System.Diagnostics;
using NewsGraph.Sparql;
using static NewsGraph.Sparql.Tests.Engine.EngineFixture;

namespace NewsGraph.Sparql.Tests.Engine;

/// <summary>Inputs the fuzzer found to crash or hang the engine, now refused or answered cleanly.</summary>
public class RobustnessTests
{
    private readonly NewsGraph.Store.Memory.MemoryQuadStore _store = NewStore();

    [Fact]
    public void StringsThatDoubleWithoutEndBecomeErrorsNotOutOfMemory()
    {
        var binds = string.Concat(Enumerable.Range(1, 40).Select(i => $" BIND(CONCAT(?x{i - 1}, ?x{i - 1}) AS ?x{i})"));
        var rows = Rows(_store, "SELECT ?x40 { BIND(\"ab\" AS ?x0)" + binds + " }");
        Assert.Null(Assert.Single(rows)[0]);
    }

    [Fact]
    public void CatastrophicRegexRunsInLinearTime()
    {
        var store = NewStore("@prefix : <http://example.org/> . :s :p \"" + new string('a', 5000) + "!\" .");
        var watch = Stopwatch.StartNew();
        Assert.Empty(Rows(store, "SELECT * { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(a+)+$\")) }"));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void UpdateTimeoutIsReportedAsATimeout()
    {
        var chain = string.Concat(Enumerable.Range(0, 200).Select(i => $":n{i} :next :n{i + 1} . "));
        var store = NewStore("@prefix : <http://example.org/> . " + chain);
        var options = new SparqlUpdateOptions { Timeout = TimeSpan.FromMilliseconds(200) };
        Assert.Throws<SparqlTimeoutException>(() => SparqlEngine.Update(store, "DELETE { ?a ?b ?c } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", options));
    }

    [Fact]
    public void StrdtToLangStringIsAnErrorNotACrash() =>
        Assert.Null(Assert.Single(Rows(_store, "SELECT (STRDT(\"a\", <http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>) AS ?x) {}"))[0]);

    [Fact]
    public void CastsBeyondTheRangeOfTheTypeAreErrors() =>
        Assert.Null(Assert.Single(Rows(_store, "SELECT (xsd:integer(1e300) AS ?i) {}"))[0]);

    [Theory]
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY operator")]
    [InlineData("SELECT * { ?s ?p ?o } GROUP BY")]
    public void GroupByNeedsAConditionAndAFunctionName(string query) =>
        Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(query));

    [Theory]
    [InlineData(" BIND(1 AS ?b{0})")]
    [InlineData(" MINUS {{ ?s <http://e/q> ?o }}")]
    [InlineData(" FILTER(?o != {0})")]
    [InlineData(" OPTIONAL {{ ?s <http://e/q> ?x{0} }}")]
    public void LongSequencesInAGroupAreRefusedNotOverflowed(string element)
    {
        var query = "SELECT * { ?s <http://e/p> ?o " + string.Concat(Enumerable.Range(0, 100_000).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, element, i))) + " }";
        Assert.Contains("levels deep", Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(query)).Detail);
    }

    [Fact]
    public void HugeGroupsAndSelectClausesAreRefused()
    {
        var union = "SELECT * {" + string.Join(" UNION", Enumerable.Repeat(" { ?s ?p ?o }", 100_000)) + " }";
        Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(union));
        var list = "SELECT * { ?s <http://e/list> (" + string.Concat(Enumerable.Repeat(" 1", 100_000)) + " ) }";
        Assert.Contains("triple patterns", Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(list)).Detail);
        var select = "SELECT " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"(?o AS ?x{i}) ")) + "{ ?s ?p ?o }";
        Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(select));
        Assert.NotNull(SparqlEngine.ParseQuery("SELECT * { ?s ?p ?o " + string.Concat(Enumerable.Range(0, 50).Select(i => $" OPTIONAL {{ ?s <http://e/q{i}> ?x{i} }}")) + " }"));
    }
}
