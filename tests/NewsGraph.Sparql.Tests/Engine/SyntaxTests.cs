using NewsGraph.Sparql;
using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Tests.Engine;

public class SyntaxTests
{
    [Theory]
    [InlineData("SELECT * WHERE { ?s ?p }", 1, 24, "expected a variable or an RDF term")]
    [InlineData("SELECT ?x WHERE {\n  ?s ex:p ?o }", 2, 6, "undefined prefix 'ex:'")]
    [InlineData("SELECT ?x (COUNT(?y) AS ?x) { ?x ?p ?y }", 1, 25, "selected twice")]
    [InlineData("SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?p", 1, 1, "neither grouped nor aggregated")]
    [InlineData("SELECT * { ?s ?p ?o FILTER(COUNT(?o) > 1) }", 1, 28, "aggregate")]
    [InlineData("SELECT * { BIND(1 AS ?x) BIND(2 AS ?x) }", 1, 36, "already bound")]
    [InlineData("SELECT * { ?s ?p \"open }", 1, 18, "unterminated string")]
    public void ErrorsSayWhereAndWhat(string query, int line, int column, string fragment)
    {
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(query));
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(fragment, e.Detail);
    }

    [Fact]
    public void TranslatesToTheAlgebraOfTheSpecification()
    {
        var q = SparqlEngine.ParseQuery("PREFIX : <http://e/> SELECT DISTINCT ?s WHERE { ?s :p ?o OPTIONAL { ?o :q ?r FILTER(?r > 1) } FILTER(?o != :x) } LIMIT 5");
        var slice = Assert.IsType<SlicePattern>(q.Pattern);
        var distinct = Assert.IsType<DistinctPattern>(slice.Inner);
        var project = Assert.IsType<ProjectPattern>(distinct.Inner);
        var filter = Assert.IsType<FilterPattern>(project.Inner);
        var leftJoin = Assert.IsType<LeftJoinPattern>(filter.Inner);
        Assert.NotNull(leftJoin.Filter);
        Assert.Equal(5, slice.Limit);
    }

    [Theory]
    [InlineData("SELECT * ", "{", "}")]
    [InlineData("SELECT * { ?s ?p ", "[ ?p ", "]")]
    [InlineData("SELECT * { ?s ?p ", "(", ")")]
    [InlineData("SELECT * { FILTER", "(", ")")]
    [InlineData("SELECT * { ?s ", "(", ")")]
    public void DeepNestingIsASyntaxErrorNotAStackOverflow(string prefix, string open, string close)
    {
        var query = prefix + string.Concat(Enumerable.Repeat(open, 100_000)) + string.Concat(Enumerable.Repeat(close, 100_000));
        var e = Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(query));
        Assert.Contains("levels deep", e.Detail);
    }

    [Fact]
    public void LongOperatorChainsAreRefusedNotOverflowed()
    {
        var sum = "SELECT (" + string.Join(" + ", Enumerable.Repeat("1", 100_000)) + " AS ?x) {}";
        Assert.Contains("levels deep", Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(sum)).Detail);
        var path = "SELECT * { ?s " + string.Join("/", Enumerable.Repeat("<http://e/p>", 100_000)) + " ?o }";
        Assert.Contains("levels deep", Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery(path)).Detail);
        Assert.NotNull(SparqlEngine.ParseQuery("SELECT (" + string.Join(" + ", Enumerable.Repeat("1", 100)) + " AS ?x) {}"));
    }

    [Fact]
    public void BlankNodeLabelsCannotCrossBasicGraphPatterns() =>
        Assert.Throws<SparqlSyntaxException>(() => SparqlEngine.ParseQuery("SELECT * { _:a ?p ?o OPTIONAL { ?x ?y ?z } _:a ?q ?r }"));

    [Fact]
    public void ParsesEveryUpdateOperation()
    {
        var ops = SparqlEngine.ParseUpdate("""
            PREFIX : <http://e/>
            INSERT DATA { :a :p 1 . GRAPH :g { :a :p 2 } } ;
            DELETE DATA { :a :p 1 } ;
            WITH :g DELETE { ?s :p ?o } INSERT { ?s :q ?o } WHERE { ?s :p ?o } ;
            DELETE WHERE { ?s :q ?o } ;
            LOAD SILENT <file:///nowhere.ttl> INTO GRAPH :h ;
            CLEAR SILENT GRAPH :h ; DROP ALL ; CREATE GRAPH :k ;
            ADD :k TO DEFAULT ; MOVE DEFAULT TO :m ; COPY :m TO :n
            """);
        Assert.Equal(
            [typeof(InsertDataOperation), typeof(DeleteDataOperation), typeof(DeleteInsertOperation), typeof(DeleteInsertOperation), typeof(LoadOperation),
             typeof(ClearOperation), typeof(DropOperation), typeof(CreateOperation), typeof(TransferOperation), typeof(TransferOperation), typeof(TransferOperation)],
            ops.Select(o => o.GetType()));
    }
}
