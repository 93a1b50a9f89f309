using System.Text.Json;

namespace NewsGraph.Cli.Tests;

public class QueryCommandTests
{
    private const string Data = """
        @prefix : <http://example.org/> .
        :v1 :visitor :lukashenko ; :host :china .
        :v2 :visitor :lukashenko ; :host :russia .
        """;

    [Fact]
    public void PrintsATableByDefault()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run(null, "query", "PREFIX : <http://example.org/> SELECT ?h WHERE { ?v :host ?h } ORDER BY ?h", "--data", dir.File("d.ttl", Data));
        Assert.Equal(0, result.ExitCode);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("?h", lines[0].Trim());
        Assert.Equal("<http://example.org/china>", lines[2].Trim());
        Assert.Equal("(2 rows)", lines[^1].Trim());
    }

    [Fact]
    public void WritesSparqlJsonAndReadsTheQueryFromAFile()
    {
        using var dir = new TempFolder();
        var query = dir.File("q.rq", "PREFIX : <http://example.org/> SELECT (COUNT(*) AS ?n) WHERE { ?v :visitor :lukashenko }");
        var result = CliRunner.Run(null, "query", "-f", query, "--data", dir.File("d.ttl", Data), "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal("2", json.RootElement.GetProperty("results").GetProperty("bindings")[0].GetProperty("n").GetProperty("value").GetString());
    }

    [Fact]
    public void NamedGraphsAndConstructToNTriples()
    {
        using var dir = new TempFolder();
        var result = CliRunner.Run(null, "query", "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }", "--named", "http://example.org/g=" + dir.File("d.ttl", Data), "--format", "nt");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(4, result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.All(result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.EndsWith(" .", l));
    }

    [Fact]
    public void InvalidQueryExitsOneWithLineAndColumn()
    {
        var result = CliRunner.Run(null, "query", "SELECT * WHERE {\n ?s ?p }");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("query:2:8: expected a variable or an RDF term", result.StdErr);
    }

    [Fact]
    public void ExplainPlansWithoutData()
    {
        var ok = CliRunner.Run(null, "query", "--explain", "SELECT * WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }");
        Assert.Equal(0, ok.ExitCode);
        Assert.Contains("optional", ok.StdOut);
        var bad = CliRunner.Run(null, "query", "--explain", "SELECT * WHERE { ?s ?p ?o");
        Assert.Equal(1, bad.ExitCode);
    }

    [Fact]
    public void UpdateWritesTheResultingDatasetAsNQuads()
    {
        using var dir = new TempFolder();
        var output = dir.File("out.nq");
        var result = CliRunner.Run(null, "update", "PREFIX : <http://example.org/> DELETE { ?v :host :russia } INSERT { GRAPH :g { ?v :host :russia } } WHERE { ?v :host :russia }", "--data", dir.File("d.ttl", Data), "--out", output);
        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(4, lines.Length);
        Assert.Single(lines, l => l.EndsWith("<http://example.org/russia> <http://example.org/g> .", StringComparison.Ordinal));
    }
}
