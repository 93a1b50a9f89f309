using NewsGraph.Rdf;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

public class ResultsRoundTripTests
{
    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Tsv)]
    public void LosslessFormatsGiveBackEveryTerm(ResultsFormat format)
    {
        var text = SampleResults.Write(SampleResults.Result(), format);
        var parsed = SampleResults.Read(text, format);

        Assert.Equal(SampleResults.Variables, parsed.Variables);
        Assert.Null(parsed.Boolean);
        Assert.False(parsed.Ordered);
        SampleResults.AssertRowsEqual(SampleResults.Rows(), parsed.Rows);
    }

    [Fact]
    public void CsvGivesBackIrisBlankNodesAndLexicalForms()
    {
        var text = SampleResults.Write(SampleResults.Result(), ResultsFormat.Csv);
        var parsed = SampleResults.Read(text, ResultsFormat.Csv);

        Assert.Equal(SampleResults.Variables, parsed.Variables);
        var expected = SampleResults.Rows().Select(row => row.Select(t => t is Literal l ? Literal.Simple(l.Lexical) : t).ToArray()).ToList();
        SampleResults.AssertRowsEqual(expected, parsed.Rows);
    }

    [Theory]
    [InlineData(ResultsFormat.Json, true)]
    [InlineData(ResultsFormat.Json, false)]
    [InlineData(ResultsFormat.Xml, true)]
    [InlineData(ResultsFormat.Xml, false)]
    [InlineData(ResultsFormat.Csv, true)]
    [InlineData(ResultsFormat.Csv, false)]
    [InlineData(ResultsFormat.Tsv, true)]
    [InlineData(ResultsFormat.Tsv, false)]
    public void BooleansRoundTrip(ResultsFormat format, bool value)
    {
        var parsed = SampleResults.Read(SampleResults.Write(new BooleanResult(value), format), format);

        Assert.Equal(value, parsed.Boolean);
        Assert.Empty(parsed.Variables);
        Assert.Empty(parsed.Rows);
    }

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void NoSolutionsIsNotOneEmptySolution(ResultsFormat format)
    {
        var none = SampleResults.Read(SampleResults.Write(new SolutionsResult(["a"], []), format), format);
        Assert.Equal(["a"], none.Variables);
        Assert.Empty(none.Rows);

        var oneEmpty = SampleResults.Read(SampleResults.Write(new SolutionsResult(["a"], [[null]]), format), format);
        SampleResults.AssertRow(Assert.Single(oneEmpty.Rows), [null]);
    }

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void SolutionsWithoutVariablesKeepTheirCount(ResultsFormat format)
    {
        var parsed = SampleResults.Read(SampleResults.Write(new SolutionsResult([], [[], []]), format), format);

        Assert.Empty(parsed.Variables);
        Assert.Equal(2, parsed.Rows.Count);
        Assert.All(parsed.Rows, Assert.Empty);
    }

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void UnusualVariableNamesSurvive(ResultsFormat format)
    {
        string[] variables = ["x1", "_under", "ünï"];
        var parsed = SampleResults.Read(SampleResults.Write(new SolutionsResult(variables, [[null, null, Literal.Simple("v")]]), format), format);

        Assert.Equal(variables, parsed.Variables);
        SampleResults.AssertRow(Assert.Single(parsed.Rows), null, null, Literal.Simple("v"));
    }
}
