using System.Text.Json;
using System.Text.RegularExpressions;
using NewsGraph.Conformance;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

/// <summary>Reads the expected-result files of the W3C SPARQL test suites (shared/w3c, or NEWSGRAPH_W3C).</summary>
public partial class W3cResultFilesTests
{
    private static readonly string Root = W3cData.FindRoot();

    private static readonly Iri Example = new("http://example.org/s1");

    [Fact]
    public void JsonSelect()
    {
        var parsed = ReadFile("sparql11/json-res/jsonres01.srj");

        Assert.Equal(["s", "p", "o"], parsed.Variables);
        Assert.Equal(6, parsed.Rows.Count);
        SampleResults.AssertRow(parsed.Rows[4], new Iri("http://example.org/s5"), new Iri("http://example.org/p5"), Literal.Typed("5", Vocab.Xsd.Decimal));
        Assert.IsType<BlankNode>(parsed.Rows[5][2]);
    }

    [Fact]
    public void JsonWithUnboundValues()
    {
        var parsed = ReadFile("sparql11/json-res/jsonres02.srj");

        Assert.Equal(["s", "p", "o", "p2", "o2"], parsed.Variables);
        Assert.Equal(6, parsed.Rows.Count);
        Assert.All(parsed.Rows.Skip(1), row => Assert.Null(row[4]));
    }

    [Theory]
    [InlineData("sparql11/json-res/jsonres03.srj", true)]
    [InlineData("sparql11/json-res/jsonres04.srj", false)]
    [InlineData("sparql11/aggregates/agg-sample-01.srx", true)]
    [InlineData("sparql11/entailment/rdf01.srx", true)]
    public void Booleans(string path, bool expected)
    {
        var parsed = ReadFile(path);

        Assert.Equal(expected, parsed.Boolean);
        Assert.Empty(parsed.Rows);
    }

    [Fact]
    public void XmlMultiLineLiteral()
    {
        var parsed = ReadFile("sparql10/regex/regex-dot-all.srx");

        Assert.Equal(["val"], parsed.Variables);
        Assert.Equal(new Term?[] { Literal.Simple("abc"), Literal.Simple("a\nc"), Literal.Simple("a.c") }, parsed.Rows.Select(r => r[0]));
    }

    [Fact]
    public void XmlLanguageTags()
    {
        var parsed = ReadFile("sparql11/functions/replace01.srx");

        Assert.Equal(9, parsed.Rows.Count);
        Assert.Contains(parsed.Rows, row => Array.IndexOf(row, Literal.LangString("---", "ja")) >= 0);
    }

    [Fact]
    public void TsvTypedTerms()
    {
        var parsed = ReadFile("sparql11/csv-tsv-res/csvtsv03.tsv");

        Assert.Equal(["s", "p", "o"], parsed.Variables);
        Assert.Equal(
            new Term?[]
            {
                Literal.Simple("1"),
                Literal.Typed("2.2", Vocab.Xsd.Decimal),
                Literal.Typed("-3", new Iri("http://www.w3.org/2001/XMLSchema#negativeInteger")),
                Literal.Simple("4,4"),
                Literal.Typed("5,5", new Iri("http://example.org/myCustomDatatype")),
                Literal.Typed("1.0e6", Vocab.Xsd.Double),
                Literal.Typed("a7", new Iri("http://www.w3.org/2001/XMLSchema#hexBinary")),
            },
            parsed.Rows.Select(r => r[2]));
    }

    [Theory]
    [InlineData("sparql11/csv-tsv-res/csvtsv01.tsv", 3, 6)]
    [InlineData("sparql11/csv-tsv-res/csvtsv02.tsv", 5, 6)]
    [InlineData("sparql11/csv-tsv-res/csvtsv01.csv", 3, 6)]
    [InlineData("sparql11/csv-tsv-res/csvtsv02.csv", 5, 6)]
    public void DelimitedFilesHaveTheirShape(string path, int variables, int rows)
    {
        var parsed = ReadFile(path);

        Assert.Equal(variables, parsed.Variables.Count);
        Assert.Equal(rows, parsed.Rows.Count);
        Assert.Equal(Example, parsed.Rows[0][0]);
        Assert.Equal(new Iri("http://example.org/s2"), parsed.Rows[0][2]);
        Assert.Equal(Literal.Simple("foo"), parsed.Rows[1][2]);
        Assert.IsType<BlankNode>(parsed.Rows[5][2]);
        Assert.All(parsed.Rows.Skip(1), row => Assert.All(row.Skip(3), Assert.Null));
    }

    [Fact]
    public void CsvValuesAreStrings()
    {
        var parsed = ReadFile("sparql11/csv-tsv-res/csvtsv03.csv");

        Assert.Equal(7, parsed.Rows.Count);
        Assert.Equal(
            ["1", "2.2", "-3", "4,4", "5,5", "1.0E6", "a7"],
            parsed.Rows.Select(r => Assert.IsType<Literal>(r[2])).Select(l => l.IsSimple ? l.Lexical : "typed"));
    }

    [Fact]
    public void EveryXmlResultFileParses()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var path in Files("*.srx"))
        {
            var text = File.ReadAllText(path);
            var expectedRows = ResultElement().Count(text);
            var expectedVariables = VariableElement().Count(text);
            count++;
            Check(path, failures, text.Contains("<triple>", StringComparison.Ordinal) || text.Contains("its:dir", StringComparison.Ordinal), parsed =>
                parsed.Rows.Count == expectedRows && parsed.Variables.Count == expectedVariables
                    ? null
                    : $"{parsed.Variables.Count} variables and {parsed.Rows.Count} rows, not {expectedVariables} and {expectedRows}");
        }

        Assert.True(count > 400, $"only {count} .srx files under {Root}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void EveryJsonResultFileParses()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var path in Files("*.srj"))
        {
            var text = File.ReadAllText(path);
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var expectedRows = root.TryGetProperty("results", out var results) ? results.GetProperty("bindings").GetArrayLength() : 0;
            var expectedVariables = root.GetProperty("head").TryGetProperty("vars", out var vars) ? vars.GetArrayLength() : 0;
            count++;
            Check(path, failures, text.Contains("\"triple\"", StringComparison.Ordinal) || text.Contains("its:dir", StringComparison.Ordinal), parsed =>
                parsed.Rows.Count == expectedRows && parsed.Variables.Count == expectedVariables
                    ? null
                    : $"{parsed.Variables.Count} variables and {parsed.Rows.Count} rows, not {expectedVariables} and {expectedRows}");
        }

        Assert.True(count > 50, $"only {count} .srj files under {Root}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void OrderedResultSetGraph()
    {
        var parsed = ReadResultSetGraph("sparql10/sort/result-sort-11.ttl");

        Assert.True(parsed.Ordered);
        Assert.Equal(["name"], parsed.Variables);
        Assert.Equal(
            ["Alice", "Bob", "Eve", "Fred", "Alice", "Bob", "Eve", "Fred"],
            parsed.Rows.Select(r => Assert.IsType<Literal>(r[0]).Lexical));
    }

    [Theory]
    [InlineData("sparql10/type-promotion/true.ttl", true)]
    [InlineData("sparql10/type-promotion/false.ttl", false)]
    public void BooleanResultSetGraph(string path, bool expected) =>
        Assert.Equal(expected, ReadResultSetGraph(path).Boolean);

    [Fact]
    public void EveryResultSetGraphParses()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var path in Files("*.ttl"))
        {
            var text = File.ReadAllText(path);
            if (!text.Contains("rs:ResultSet", StringComparison.Ordinal) || path.Contains("sparql12", StringComparison.Ordinal))
            {
                continue;
            }

            count++;
            try
            {
                var graph = LoadTurtle(path);
                var expectedRows = graph.Count(t => t.Predicate.Value == "http://www.w3.org/2001/sw/DataAccess/tests/result-set#solution");
                var parsed = SparqlResultsReader.FromResultSetGraph(graph);
                if (parsed.Boolean is null && parsed.Rows.Count != expectedRows)
                {
                    failures.Add($"{path}: {parsed.Rows.Count} rows, not {expectedRows}");
                }
            }
            catch (FormatException e)
            {
                failures.Add($"{path}: {e.Message}");
            }
        }

        Assert.True(count > 100, $"only {count} result set graphs under {Root}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(string path, List<string> failures, bool usesRdf12Terms, Func<ParsedResults, string?> verdict)
    {
        try
        {
            if (verdict(ReadFile(path)) is { } problem)
            {
                failures.Add($"{path}: {problem}");
            }
        }
        catch (NotSupportedException) when (usesRdf12Terms)
        {
            // Triple terms and directional literals have no place in the RDF 1.1 term model.
        }
        catch (Exception e) when (e is FormatException or NotSupportedException)
        {
            failures.Add($"{path}: {e.Message}");
        }
    }

    private static ParsedResults ReadFile(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        Assert.True(ResultsFormats.TryFromPath(path, out var format), path);
        using var input = File.OpenText(path);
        return SparqlResultsReader.Read(input, format);
    }

    private static ParsedResults ReadResultSetGraph(string relativePath)
    {
        return SparqlResultsReader.FromResultSetGraph(LoadTurtle(Path.Combine(Root, relativePath)));
    }

    private static List<Triple> LoadTurtle(string path) =>
        [.. RdfReader.Load(RdfReader.OpenText(path), RdfFormat.Turtle, new RdfReaderOptions { BaseIri = new Uri(path).AbsoluteUri, SourceName = path }).DefaultGraph];

    private static IEnumerable<string> Files(string pattern) =>
        new[] { "sparql10", "sparql11", "sparql12" }.SelectMany(suite => Directory.EnumerateFiles(Path.Combine(Root, suite), pattern, SearchOption.AllDirectories)).Order(StringComparer.Ordinal);

    [GeneratedRegex(@"<result[\s/>]")]
    private static partial Regex ResultElement();

    [GeneratedRegex(@"<variable\s")]
    private static partial Regex VariableElement();
}
