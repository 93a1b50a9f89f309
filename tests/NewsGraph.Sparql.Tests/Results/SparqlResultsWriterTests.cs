using NewsGraph.Rdf;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

public class SparqlResultsWriterTests
{
    private static SolutionsResult Small() => new(
        ["x", "y"],
        [
            [new Iri("http://example.org/a"), Literal.LangString("hi, \"you\"", "en")],
            [new BlankNode("b0"), null],
            [Literal.Typed("5", Vocab.Xsd.Integer), Literal.Simple("tab\there")],
        ]);

    [Fact]
    public void JsonFollowsTheSpecification()
    {
        Assert.Equal(
            "{\"head\":{\"vars\":[\"x\",\"y\"]},\"results\":{\"bindings\":[\n"
            + "{\"x\":{\"type\":\"uri\",\"value\":\"http://example.org/a\"},\"y\":{\"type\":\"literal\",\"value\":\"hi, \\\"you\\\"\",\"xml:lang\":\"en\"}},\n"
            + "{\"x\":{\"type\":\"bnode\",\"value\":\"b0\"}},\n"
            + "{\"x\":{\"type\":\"literal\",\"value\":\"5\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#integer\"},\"y\":{\"type\":\"literal\",\"value\":\"tab\\there\"}}\n"
            + "]}}\n",
            SampleResults.Write(Small(), ResultsFormat.Json));
    }

    [Fact]
    public void JsonEscapesControlCharacters() =>
        Assert.Contains(
            "\"value\":\"\\u0001\\u001F\\b\\f\\r\\\\\"",
            SampleResults.Write(new SolutionsResult(["v"], [[Literal.Simple("\u0001\u001f\b\f\r\\")]]), ResultsFormat.Json));

    [Fact]
    public void XmlFollowsTheSpecification()
    {
        Assert.Equal(
            """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#">
             <head>
              <variable name="x"/>
              <variable name="y"/>
             </head>
             <results>
              <result>
               <binding name="x"><uri>http://example.org/a</uri></binding>
               <binding name="y"><literal xml:lang="en">hi, "you"</literal></binding>
              </result>
              <result>
               <binding name="x"><bnode>b0</bnode></binding>
              </result>
              <result>
               <binding name="x"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">5</literal></binding>
               <binding name="y"><literal>tab	here</literal></binding>
              </result>
             </results>
            </sparql>

            """,
            SampleResults.Write(Small(), ResultsFormat.Xml));
    }

    [Fact]
    public void XmlEscapesMarkupAndKeepsCarriageReturns()
    {
        var text = SampleResults.Write(
            new SolutionsResult(["a&b"], [[Literal.Typed("<a> & \r\n]]>", new Iri("http://example.org/dt?x=\"1\"&y"))]]),
            ResultsFormat.Xml);

        Assert.Contains("<variable name=\"a&amp;b\"/>", text);
        Assert.Contains(
            "<binding name=\"a&amp;b\"><literal datatype=\"http://example.org/dt?x=&quot;1&quot;&amp;y\">&lt;a&gt; &amp; &#xD;\n]]&gt;</literal></binding>",
            text);
    }

    [Fact]
    public void XmlKeepsSurrogatePairs() =>
        Assert.Contains("<literal>😀</literal>", SampleResults.Write(new SolutionsResult(["v"], [[Literal.Simple("😀")]]), ResultsFormat.Xml));

    [Fact]
    public void XmlRefusesCharactersXmlCannotHold()
    {
        // Built here rather than passed as test data: attribute strings cannot hold unpaired surrogates.
        foreach (var lexical in new[] { "\u0001", "\uFFFF", "lone \uD800 surrogate", "\uDC00" })
        {
            Assert.Throws<ArgumentException>(() => SampleResults.Write(new SolutionsResult(["v"], [[Literal.Simple(lexical)]]), ResultsFormat.Xml));
        }
    }

    [Fact]
    public void CsvHasCrlfLinesAndQuotesOnlyWhereNeeded() =>
        Assert.Equal(
            "x,y\r\nhttp://example.org/a,\"hi, \"\"you\"\"\"\r\n_:b0,\r\n5,tab\there\r\n",
            SampleResults.Write(Small(), ResultsFormat.Csv));

    [Fact]
    public void TsvWritesTurtleTerms() =>
        Assert.Equal(
            "?x\t?y\n<http://example.org/a>\t\"hi, \\\"you\\\"\"@en\n_:b0\t\n5\t\"tab\\there\"\n",
            SampleResults.Write(Small(), ResultsFormat.Tsv));

    [Fact]
    public void TsvWritesWellFormedNumbersAndBooleansBare()
    {
        var text = SampleResults.Write(
            new SolutionsResult(
                ["n"],
                [
                    [Literal.Typed("-7", Vocab.Xsd.Integer)],
                    [Literal.Typed(".5", Vocab.Xsd.Decimal)],
                    [Literal.Typed("1.0e6", Vocab.Xsd.Double)],
                    [Literal.Typed("false", Vocab.Xsd.Boolean)],
                    [Literal.Typed("5.", Vocab.Xsd.Decimal)],
                    [Literal.Typed("1", Vocab.Xsd.Boolean)],
                    [Literal.Typed("12", new Iri("http://www.w3.org/2001/XMLSchema#int"))],
                ]),
            ResultsFormat.Tsv);
        Assert.Equal(
            "?n\n-7\n.5\n1.0e6\nfalse\n"
            + "\"5.\"^^<http://www.w3.org/2001/XMLSchema#decimal>\n"
            + "\"1\"^^<http://www.w3.org/2001/XMLSchema#boolean>\n"
            + "\"12\"^^<http://www.w3.org/2001/XMLSchema#int>\n",
            text);
    }

    [Fact]
    public void TsvRelabelsBlankNodesTurtleCannotWrite()
    {
        var odd = new BlankNode("has space");
        var text = SampleResults.Write(new SolutionsResult(["b"], [[odd], [new BlankNode("fine")], [odd]]), ResultsFormat.Tsv);
        Assert.Equal("?b\n_:b0\n_:fine\n_:b0\n", text);
    }

    [Theory]
    [InlineData(ResultsFormat.Json, "{\"head\":{},\"boolean\":true}\n")]
    [InlineData(ResultsFormat.Csv, "_askResult\r\ntrue\r\n")]
    [InlineData(ResultsFormat.Tsv, "?_askResult\ntrue\n")]
    public void BooleansAreWrittenAsJenaDoes(ResultsFormat format, string expected) =>
        Assert.Equal(expected, SampleResults.Write(new BooleanResult(true), format));

    [Fact]
    public void XmlBoolean() =>
        Assert.Equal(
            "<?xml version=\"1.0\"?>\n<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n <head/>\n <boolean>false</boolean>\n</sparql>\n",
            SampleResults.Write(new BooleanResult(false), ResultsFormat.Xml));

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void GraphsAreNotResultsFormats(ResultsFormat format) =>
        Assert.Throws<NotSupportedException>(() => SampleResults.Write(new GraphResult([]), format));

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Xml)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void ARowOfTheWrongWidthIsRefused(ResultsFormat format) =>
        Assert.Throws<InvalidOperationException>(() => SampleResults.Write(new SolutionsResult(["a", "b"], [[null]]), format));

    [Theory]
    [InlineData(ResultsFormat.Json)]
    [InlineData(ResultsFormat.Csv)]
    [InlineData(ResultsFormat.Tsv)]
    public void RowsAreWrittenAsTheyAreProduced(ResultsFormat format)
    {
        var output = new StringWriter();
        SparqlResultsWriter.Write(output, new SolutionsResult(["v"], Rows()), format);

        IEnumerable<Term?[]> Rows()
        {
            yield return [Literal.Simple("first")];
            Assert.Contains("first", output.ToString());
            yield return [Literal.Simple("second")];
        }
    }

    [Fact]
    public void AFailingRowLeavesTheXmlVisiblyUnfinished()
    {
        var output = new StringWriter();
        Assert.Throws<InvalidOperationException>(() => SparqlResultsWriter.Write(output, new SolutionsResult(["v"], Failing()), ResultsFormat.Xml));
        Assert.DoesNotContain("</sparql>", output.ToString());

        static IEnumerable<Term?[]> Failing()
        {
            yield return [Literal.Simple("ok")];
            throw new InvalidOperationException("the engine failed");
        }
    }
}
