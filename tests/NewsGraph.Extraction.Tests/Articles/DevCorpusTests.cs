using System.Text.Json;
using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Lexicon;

namespace NewsGraph.Extraction.Tests.Articles;

/// <summary>
/// Runs the reader over the shared dev corpus (<c>shared/corpus/dev</c> beside the repository, or
/// <c>NEWSGRAPH_CORPUS</c>): publication dates must agree with the gold where it has one, and no
/// furniture marker may survive in the text. Passes without checking when the corpus is not there.
/// </summary>
public class DevCorpusTests
{
    private static string? CorpusDirectory()
    {
        if (Environment.GetEnvironmentVariable("NEWSGRAPH_CORPUS") is { Length: > 0 } configured && Directory.Exists(configured))
            return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus", "dev");
            if (Directory.Exists(candidate))
                return candidate;
        }
        return null;
    }

    [Fact]
    public void PublicationDatesAgreeWithGoldAndNoFurnitureSurvives()
    {
        if (CorpusDirectory() is not { } corpus)
            return;
        var goldPath = Path.GetFullPath(Path.Combine(corpus, "..", "..", "eval", "dev", "gold.json"));
        var gold = new Dictionary<string, string?>();
        if (File.Exists(goldPath))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(goldPath));
            foreach (var item in document.RootElement.EnumerateArray())
                gold[item.GetProperty("file").GetString()!] = item.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        }
        var markers = LexiconTable.Load("furniture").Entries
            .Where(e => e.Kind is "block-start" or "read-also" or "masthead" && e.Form.Length > 4)
            .Select(e => e.Form)
            .ToList();
        var reader = new ArticleReader();
        var problems = new List<string>();
        var files = Directory.GetFiles(corpus, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var article = Assert.Single(reader.Read(file));
            if (gold.TryGetValue(article.Id, out var expected) && expected is not null && article.Published?.ToString("yyyy-MM-dd") != expected)
                problems.Add($"{article.Id}: published {article.Published:yyyy-MM-dd}, gold {expected}");
            foreach (var line in article.Text.Split('\n'))
            {
                foreach (var marker in markers)
                {
                    if (line.Trim().StartsWith(marker, StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{article.Id}: furniture '{marker}' survives");
                }
                if (line.Trim() == "Loading...")
                    problems.Add($"{article.Id}: 'Loading...' survives");
            }
        }
        Assert.Empty(reader.Errors);
        Assert.Empty(problems);
    }
}
