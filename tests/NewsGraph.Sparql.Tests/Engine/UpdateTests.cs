using NewsGraph.Sparql;
using static NewsGraph.Sparql.Tests.Engine.EngineFixture;

namespace NewsGraph.Sparql.Tests.Engine;

public class UpdateTests
{
    [Fact]
    public void DeleteInsertWhereMatchesFirstThenChanges()
    {
        var store = NewStore();
        SparqlEngine.Update(store, Prefixes + "DELETE { ?v :host ?h } INSERT { ?v :hostState ?h } WHERE { ?v :host ?h }");
        Assert.Empty(Rows(store, "SELECT * { ?v :host ?h }"));
        Assert.Equal(3, Rows(store, "SELECT * { ?v :hostState ?h }").Count);
    }

    [Fact]
    public void GraphManagementOperations()
    {
        var store = NewStore();
        SparqlEngine.Update(store, Prefixes + "INSERT DATA { GRAPH :g { :a :b :c } } ; COPY :g TO :h ; MOVE :g TO DEFAULT");
        Assert.Equal([":h"], Column(store, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }"));
        Assert.Single(Rows(store, "SELECT * { :a :b :c }"));
        Assert.Throws<SparqlUpdateException>(() => SparqlEngine.Update(store, Prefixes + "CREATE GRAPH :h"));
        SparqlEngine.Update(store, Prefixes + "CREATE SILENT GRAPH :h ; DROP GRAPH :h");
        Assert.Empty(Rows(store, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }"));
    }

    [Fact]
    public void LoadReadsALocalFileIntoAGraph()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsgraph-load-{Guid.NewGuid():N}.ttl");
        File.WriteAllText(path, "<http://example.org/x> <http://example.org/y> \"z\" .");
        try
        {
            var store = NewStore();
            var options = new SparqlUpdateOptions { ResolveLoadSource = iri => new Uri(iri.Value).LocalPath };
            SparqlEngine.Update(store, $"LOAD <{new Uri(path).AbsoluteUri}> INTO GRAPH <http://example.org/loaded>", options);
            Assert.Equal(["z"], Column(store, "SELECT ?o { GRAPH :loaded { ?s ?p ?o } }"));
            Assert.Throws<SparqlUpdateException>(() => SparqlEngine.Update(store, "LOAD <file:///no/such/file.ttl>", options));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
