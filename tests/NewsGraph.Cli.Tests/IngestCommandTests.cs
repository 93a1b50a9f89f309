using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Tests;

public class IngestCommandTests
{
    private const string Ng = "https://w3id.org/newsgraph/ontology#";
    private const string Dct = "http://purl.org/dc/terms/";
    private const string RdfType = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private const string Ontology = "https://w3id.org/newsgraph/ontology";

    /// <summary>A short English report with a visit (Putin to China) and a quotation.</summary>
    private const string VisitArticle = """
        Putin visits China
        Moscow, 14 May 2024
        Russian President Vladimir Putin arrived in Beijing on Thursday for a state visit to China.
        "Our relations are at their best level in history," Putin said after talks with Chinese President Xi Jinping.
        """;

    private static Dataset Load(string path) => RdfReader.Load(RdfReader.OpenText(path), RdfFormats.TryFromPath(path, out var f) ? f : RdfFormat.NQuads);

    private static IEnumerable<Term> SubjectsOfType(Dataset data, string type) =>
        data.Where(q => q.Predicate.Value == RdfType && q.Obj is Iri { } t && t.Value == Ng + type).Select(q => q.Subject);

    [Fact]
    public void AnArticleBecomesAnArticleNodeWithItsIdentifierAVisitAndAStatement()
    {
        using var dir = new TempFolder();
        var input = dir.File("en-visit.txt", VisitArticle);
        var output = dir.File("out.nt");

        var result = CliRunner.Run(null, "ingest", input, "--out", output);

        Assert.Equal(0, result.ExitCode);
        var data = Load(output);
        var article = Assert.Single(SubjectsOfType(data, "Article"));
        Assert.Contains(data, q => q.Subject.Equals(article) && q.Predicate.Value == Dct + "identifier" && q.Obj is Literal { Lexical: "en-visit" });
        var visit = Assert.Single(SubjectsOfType(data, "Visit"));
        Assert.Contains(data, q => q.Subject.Equals(visit) && q.Predicate.Value == Ng + "reportedIn" && q.Obj.Equals(article));
        Assert.NotEmpty(SubjectsOfType(data, "Statement"));
        Assert.Contains("1 articles", result.StdErr);
        Assert.Contains("quads", result.StdErr);
    }

    [Fact]
    public void ABadJsonLineIsReportedWithItsLineNumberAndTheOthersAreStillWritten()
    {
        using var dir = new TempFolder();
        var input = dir.File("batch.jsonl", string.Join('\n',
            """{"id": "first", "lang": "en", "text": "Putin arrived in Beijing for a state visit to China."}""",
            """{"id": "broken", "text": """,
            """{"id": "third", "lang": "en", "text": "Xi Jinping held talks with Putin in Moscow."}""") + "\n");
        var output = dir.File("out.nq");

        var result = CliRunner.Run(null, "ingest", input, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{input}:2: ", result.StdErr);
        var identifiers = Load(output).Where(q => q.Predicate.Value == Dct + "identifier").Select(q => ((Literal)q.Obj).Lexical).ToList();
        Assert.Equal(["first", "third"], identifiers.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void FoldersAreReadInPathOrderSkippingOtherFilesAndSourcesTsvSuppliesTheDate()
    {
        using var dir = new TempFolder();
        dir.File("b.txt", "Xi Jinping held talks with Putin in Moscow.\n");
        dir.File("a.txt", VisitArticle);
        dir.File("notes.md", "not an article");
        dir.File("SOURCES.tsv", "file\tlang\toutlet\tpublished\nb\ten\tSome Outlet\t2023-03-21\n");
        var output = dir.File("out.nt");

        var result = CliRunner.Run(null, "ingest", dir.Path, "--out", output, "--no-ontology");

        Assert.Equal(0, result.ExitCode);
        var data = Load(output);
        Assert.Equal(["a", "b"], data.Where(q => q.Predicate.Value == Dct + "identifier").Select(q => ((Literal)q.Obj).Lexical));
        Assert.Contains(data, q => q.Predicate.Value == Dct + "issued" && q.Obj is Literal { Lexical: "2023-03-21" });
        Assert.Contains("2 articles", result.StdErr);
    }

    [Fact]
    public void AQuotedGlobPatternSelectsArticlesAcrossFoldersAndOneMatchingNothingIsAUsageError()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(Path.Combine(dir.Path, "ar"));
        Directory.CreateDirectory(Path.Combine(dir.Path, "en"));
        dir.File("en/en-1.txt", VisitArticle);
        dir.File("en/other.txt", VisitArticle);
        dir.File("ar/en-2.txt", "Xi Jinping held talks with Putin in Moscow.\n");
        dir.File("en/en-3.md", "not an article");
        var output = dir.File("out.nt");

        var result = CliRunner.Run(null, "ingest", Path.Combine(dir.Path, "**", "en-*"), "--out", output, "--no-ontology");

        Assert.Equal(0, result.ExitCode);
        var identifiers = Load(output).Where(q => q.Predicate.Value == Dct + "identifier").Select(q => ((Literal)q.Obj).Lexical);
        Assert.Equal(["en-1", "en-2"], identifiers.Order(StringComparer.Ordinal));

        var none = CliRunner.Run(null, "ingest", Path.Combine(dir.Path, "*.html"), "--out", dir.File("none.nt"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("no article file matches", none.StdErr);
    }

    [Fact]
    public void QuadFormatsKeepTheGraphsAndTripleFormatsMergeThem()
    {
        using var dir = new TempFolder();
        var input = dir.File("en-visit.txt", VisitArticle);

        Assert.Equal(0, CliRunner.Run(null, "ingest", input, "--out", dir.File("out.trig")).ExitCode);
        Assert.Equal(0, CliRunner.Run(null, "ingest", input, "--out", dir.File("out.ttl")).ExitCode);

        var quads = Load(dir.File("out.trig"));
        Assert.Contains(quads, q => q.Graph is Iri { Value: Ontology });
        Assert.Contains(quads, q => q.Graph is Iri g && g.Value.EndsWith("/graph/article/en-visit", StringComparison.Ordinal));
        var triples = Load(dir.File("out.ttl"));
        Assert.All(triples, q => Assert.Null(q.Graph));
        Assert.True(Isomorphism.AreIsomorphic(new Dataset(quads.Select(q => q with { Graph = null })), triples));
    }

    [Fact]
    public void StandardInputIsOnePlainTextArticle()
    {
        var result = CliRunner.Run(VisitArticle, "ingest", "-", "--out", "-", "--format", "nt", "--no-ontology");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"<{Dct}identifier> \"stdin\" .", result.StdOut);
        Assert.DoesNotContain($"<{Ontology}>", result.StdOut);
    }

    [Theory]
    [InlineData("out.xyz", "cannot tell the output format")]
    [InlineData("missing-folder", "no such file or folder")]
    [InlineData("notes.md", "not an article file")]
    public void UsageErrorsExitWithTwoAndWriteNothing(string name, string message)
    {
        using var dir = new TempFolder();
        var article = dir.File("a.txt", VisitArticle);
        dir.File("notes.md", "not an article");
        string[] args = name == "out.xyz"
            ? ["ingest", article, "--out", dir.File(name)]
            : ["ingest", Path.Combine(dir.Path, name), "--out", dir.File("out.nt")];

        var result = CliRunner.Run(null, args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.StdErr);
        Assert.Equal(["a.txt", "notes.md"], Directory.GetFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OutAndDataDirTogetherAreAUsageError()
    {
        var result = CliRunner.Run(null, "ingest", "article.txt", "--out", "x.nq", "--data-dir", "store");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not both", result.StdErr);
    }

    [Fact]
    public void HelpExplainsInputsFormatsErrorsAndExitCodes()
    {
        var result = CliRunner.Run(null, "ingest", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "--out", "--format", "--no-ontology", "--progress", ".jsonl", "SOURCES.tsv", "standard input", "file:line", "Exits 0", "summary" })
        {
            Assert.Contains(expected, result.StdOut);
        }
    }
}
