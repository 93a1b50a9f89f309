namespace NewsGraph.Cli.Tests;

/// <summary>ingest, query, update, export and stats on a data directory.</summary>
public class StoreCommandsTests : IDisposable
{
    private const string Article = "Washington, 3 March 2024 — The President of France met the German Chancellor in Berlin on Monday.\n";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void IngestTwiceStoresOnceAndReportsUnchanged()
    {
        var dir = _folder.File("store");
        _folder.File("a.txt", Article);
        var first = CliRunner.Run(null, "ingest", _folder.File("a.txt"), "--data-dir", dir, "--log-committed");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("1 added, 0 replaced, 0 unchanged, 0 failed", first.StdErr);
        Assert.StartsWith("committed\ta\tadded\tsha256:", first.StdOut);

        var second = CliRunner.Run(null, "ingest", _folder.File("a.txt"), "--data-dir", dir);
        Assert.Contains("0 added, 0 replaced, 1 unchanged, 0 failed", second.StdErr);

        _folder.File("a.txt", Article.Replace("Monday", "Tuesday", StringComparison.Ordinal));
        var third = CliRunner.Run(null, "ingest", _folder.File("a.txt"), "--data-dir", dir);
        Assert.Contains("0 added, 1 replaced, 0 unchanged, 0 failed", third.StdErr);

        var count = CliRunner.Run(null, "query", "--data-dir", dir, "--format", "csv", "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/newsgraph/ontology#Article> }");
        Assert.Equal(0, count.ExitCode);
        Assert.Equal("n\r\n1\r\n", count.StdOut);
    }

    [Fact]
    public void ABadInputFailsAloneAndTheBatchGoesOn()
    {
        var dir = _folder.File("store");
        var result = CliRunner.Run(null, "ingest", _folder.File("bad.jsonl", "{not json\n"), _folder.File("a.txt", Article), "--data-dir", dir);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.jsonl:1", result.StdErr);
        Assert.Contains("1 added, 0 replaced, 0 unchanged, 1 failed", result.StdErr);
    }

    [Fact]
    public void UpdateCommitsAndExportWritesTheStoreOrOneGraph()
    {
        var dir = _folder.File("store");
        var update = CliRunner.Run(null, "update", "--data-dir", dir, "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> <http://example.org/p> \"o\" } }");
        Assert.Equal(0, update.ExitCode);

        var out1 = _folder.File("g.nt");
        var export = CliRunner.Run(null, "export", "--data-dir", dir, "--graph", "http://example.org/g", "--out", out1);
        Assert.Equal(0, export.ExitCode);
        Assert.Equal("<http://example.org/s> <http://example.org/p> \"o\" .\n", File.ReadAllText(out1));

        var all = _folder.File("all.nq");
        Assert.Equal(0, CliRunner.Run(null, "export", "--data-dir", dir, "--out", all).ExitCode);
        var lines = File.ReadAllLines(all);
        Assert.Contains("<http://example.org/s> <http://example.org/p> \"o\" <http://example.org/g> .", lines);
        Assert.Contains(lines, l => l.EndsWith("<https://w3id.org/newsgraph/ontology> .", StringComparison.Ordinal));

        var missing = CliRunner.Run(null, "export", "--data-dir", dir, "--graph", "http://example.org/none", "--out", _folder.File("none.nq"));
        Assert.Equal(1, missing.ExitCode);
        Assert.False(File.Exists(_folder.File("none.nq")));
    }

    [Fact]
    public void AFailedUpdateLeavesTheStoreAsItWas()
    {
        var dir = _folder.File("store");
        Assert.Equal(0, CliRunner.Run(null, "update", "--data-dir", dir, "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }").ExitCode);
        var failing = CliRunner.Run(null, "update", "--data-dir", dir, "INSERT DATA { <http://example.org/s> <http://example.org/p> 2 } ; LOAD <file:///nonexistent/x.ttl>");
        Assert.NotEqual(0, failing.ExitCode);
        var ask = CliRunner.Run(null, "query", "--data-dir", dir, "--store-default-graph", "ASK { <http://example.org/s> <http://example.org/p> 2 }", "--format", "csv");
        Assert.Contains("false", ask.StdOut);
    }

    [Fact]
    public void StatsDescribeTheStoreAndAMissingStoreIsAUsageError()
    {
        var dir = _folder.File("store");
        CliRunner.Run(null, "ingest", _folder.File("a.txt", Article), "--data-dir", dir);
        var stats = CliRunner.Run(null, "stats", "--data-dir", dir);
        Assert.Equal(0, stats.ExitCode);
        Assert.Contains("articles: 1\n", stats.StdOut);
        Assert.Contains("size on disk:", stats.StdOut);

        var missing = CliRunner.Run(null, "stats", "--data-dir", _folder.File("nothing"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no NewsGraph store", missing.StdErr);
        Assert.False(Directory.Exists(_folder.File("nothing")));
    }
}
