using NewsGraph.Conformance.Fuzzing;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Rdf.Tests;

public class ParserFuzzTests
{
    private const int CasesPerFormat = 3_000;
    private const string Prologue = "@prefix : <http://example.org/> .\n";

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void Mutated_W3C_files_parse_or_fail_with_a_syntax_error(RdfFormat format)
    {
        var report = Fuzzer.Run(new FuzzOptions
        {
            Cases = CasesPerFormat,
            Formats = [format],

            // Far above the few seconds this takes: a run cut short would test fewer cases than it says.
            TimeLimit = TimeSpan.FromMinutes(5),
            StopAtFirstFinding = true,
            OutputDirectory = Path.Combine(Path.GetTempPath(), "newsgraph-fuzz", "tests"),
        }).Single();

        var summary = new StringWriter();
        FuzzReportWriter.Write(summary, [report], report.Elapsed);
        Assert.True(report.Crashes == 0 && report.Hangs == 0, summary.ToString());
        Assert.Equal(CasesPerFormat, report.Cases);
    }

    [Theory]
    [InlineData(RdfFormat.Turtle, "[")]
    [InlineData(RdfFormat.Turtle, "(")]
    [InlineData(RdfFormat.Turtle, "[ :p ")]
    [InlineData(RdfFormat.TriG, "[")]
    [InlineData(RdfFormat.TriG, "(")]
    public void Deep_unclosed_nesting_is_a_syntax_error_not_a_stack_overflow(RdfFormat format, string open)
    {
        var input = Prologue + ":s :p " + Repeat(open, 100_000);

        Assert.Throws<RdfSyntaxException>(() => CountQuads(input, format));
    }

    [Theory]
    [InlineData("[ :p ", ":o", " ]")]
    [InlineData("( ", ":o", " )")]
    public void Deep_balanced_nesting_is_a_syntax_error_not_a_stack_overflow(string open, string middle, string close)
    {
        var input = Prologue + ":s :p " + Repeat(open, 100_000) + middle + Repeat(close, 100_000) + " .\n";

        Assert.Throws<RdfSyntaxException>(() => CountQuads(input, RdfFormat.Turtle));
    }

    [Fact]
    public void Nesting_is_accepted_up_to_the_limit_and_rejected_past_it()
    {
        var options = new RdfReaderOptions { MaxNesting = 16 };
        string Nested(int depth) => Prologue + ":s :p " + Repeat("[ :p ", depth) + ":o" + Repeat(" ]", depth) + " .\n";

        Assert.Equal(17, CountQuads(Nested(16), RdfFormat.Turtle, options));
        Assert.Throws<RdfSyntaxException>(() => CountQuads(Nested(17), RdfFormat.Turtle, options));
    }

    private static int CountQuads(string input, RdfFormat format, RdfReaderOptions? options = null)
    {
        using var reader = RdfReader.Create(new StringReader(input), format, options);
        return reader.ReadAll().Count();
    }

    private static string Repeat(string unit, int count) => string.Concat(Enumerable.Repeat(unit, count));
}
