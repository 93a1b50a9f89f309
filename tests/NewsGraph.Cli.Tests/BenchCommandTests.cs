using System.Globalization;

namespace NewsGraph.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public void ReportsTheTripleCountAndRates()
    {
        using var dir = new TempFolder();
        var lines = Enumerable.Range(0, 5000).Select(i => $"<http://e/s{i}> <http://e/p> \"v{i}\" .");
        var data = dir.File("data.nt", string.Join('\n', lines) + "\n");

        var result = CliRunner.Run(null, "bench", "--data", data, "--repeat", "2");

        Assert.Equal(0, result.ExitCode);
        var fields = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("5000", fields["triples"]);
        Assert.Equal("2", fields["runs"]);
        Assert.True(double.Parse(fields["triples_per_second"], CultureInfo.InvariantCulture) > 0);
        Assert.True(double.Parse(fields["peak_rss_mib"], CultureInfo.InvariantCulture) > 0);
    }

    [Fact]
    public void SyntaxErrorInTheDataFails()
    {
        using var dir = new TempFolder();
        var data = dir.File("data.nt", "<http://e/s> <http://e/p> .\n");
        var result = CliRunner.Run(null, "bench", "--data", data);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("data.nt:1:27: expected an object", result.StdErr);
    }
}
