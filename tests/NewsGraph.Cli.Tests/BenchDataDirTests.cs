namespace NewsGraph.Cli.Tests;

public class BenchDataDirTests
{
    [Fact]
    public void Times_queries_on_a_data_directory_over_the_chosen_default_graph()
    {
        using var dir = new TempFolder();
        var store = dir.File("store");
        var update = CliRunner.Run(null, "update", "--data-dir", store, "INSERT DATA { GRAPH <http://e/g1> { <http://e/a> <http://e/p> 1, 2 } GRAPH <http://e/g2> { <http://e/b> <http://e/p> 3 } }");
        Assert.Equal(0, update.ExitCode);
        var query = dir.File("count.rq", "SELECT ?o WHERE { ?s <http://e/p> ?o }");

        var one = CliRunner.Run(null, "bench", "--data-dir", store, "--default-graph", "http://e/g1", "--repeat", "1", query);
        var union = CliRunner.Run(null, "bench", "--data-dir", store, "--repeat", "1", query);

        Assert.Equal(0, one.ExitCode);
        Assert.StartsWith("OPEN engine=newsgraph-sqlite", one.StdOut);
        Assert.Contains("\ncount\tselect\t2\t", one.StdOut);
        Assert.Contains("\ncount\tselect\t3\t", union.StdOut);
    }

    [Fact]
    public void Needs_exactly_one_source_of_data()
    {
        using var dir = new TempFolder();
        var query = dir.File("q.rq", "ASK {}");
        var neither = CliRunner.Run(null, "bench", query);
        Assert.NotEqual(0, neither.ExitCode);
        Assert.Contains("--data-dir", neither.StdErr);
    }
}
