using System.Globalization;

namespace NewsGraph.Cli.Tests;

public class BenchExtractCommandTests
{
    [Fact]
    public void ExtractsTheRequestedNumberOfArticlesAndReportsTheRates()
    {
        using var dir = new TempFolder();
        dir.File("a.txt", "Russian President Vladimir Putin arrived in Beijing on Thursday for a state visit to China.\n");
        dir.File("b.txt", "Xi Jinping held talks with Putin in Moscow.\n");

        var result = CliRunner.Run(null, "bench-extract", dir.Path, "--articles", "7", "--warmup", "0");

        Assert.Equal(0, result.ExitCode);
        var figures = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ', 2)).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("2", figures["distinct_articles"]);
        Assert.Equal("7", figures["articles"]);
        Assert.True(long.Parse(figures["quads"], CultureInfo.InvariantCulture) > 7);
        foreach (var key in new[] { "articles_per_second", "quads_per_second", "peak_managed_mib", "peak_rss_mib" })
        {
            Assert.True(double.Parse(figures[key], CultureInfo.InvariantCulture) > 0, key);
        }
    }

    [Fact]
    public void AFolderWithoutArticlesIsAUsageError()
    {
        using var dir = new TempFolder();
        dir.File("SOURCES.tsv", "file\tlang\n");
        var result = CliRunner.Run(null, "bench-extract", dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no articles", result.StdErr);
    }
}
