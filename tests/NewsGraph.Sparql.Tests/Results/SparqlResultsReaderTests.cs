using NewsGraph.Rdf;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

public class SparqlResultsReaderTests
{
    [Fact]
    public void JsonAcceptsLegacyTypedLiteralsAndUndeclaredVariables()
    {
        var parsed = SampleResults.Read(
            """
            { "head": { "vars": ["a"], "link": ["http://example.org/about"] },
              "results": { "bindings": [
                { "a": { "type": "typed-literal", "value": "1", "datatype": "http://www.w3.org/2001/XMLSchema#integer" } },
                { "b": { "type": "literal", "value": "x", "xml:lang": "EN-gb" } }
              ] } }
            """,
            ResultsFormat.Json);

        Assert.Equal(["a", "b"], parsed.Variables);
        SampleResults.AssertRow(parsed.Rows[0], Literal.Typed("1", Vocab.Xsd.Integer), null);
        SampleResults.AssertRow(parsed.Rows[1], null, Literal.LangString("x", "en-gb"));
    }

    [Fact]
    public void JsonXsdStringIsASimpleLiteral()
    {
        var parsed = SampleResults.Read(
            """{"head":{"vars":["a"]},"results":{"bindings":[{"a":{"type":"literal","value":"s","datatype":"http://www.w3.org/2001/XMLSchema#string"}}]}}""",
            ResultsFormat.Json);

        Assert.True(Assert.IsType<Literal>(parsed.Rows[0][0]).IsSimple);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"head\":{\"vars\":[\"a\"]}}")]
    [InlineData("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"a\":{\"type\":\"iri\",\"value\":\"x\"}}]}}")]
    [InlineData("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"a\":{\"type\":\"uri\"}}]}}")]
    [InlineData("{\"head\":{\"vars\":[\"a\",\"a\"]},\"results\":{\"bindings\":[]}}")]
    [InlineData("{\"head\":{},\"boolean\":\"yes\"}")]
    [InlineData("{\"head\":{\"vars\":[\"a\"]},\"results\":{\"bindings\":[{\"a\":{\"type\":\"literal\",\"value\":\"x\",\"xml:lang\":\"en\",\"datatype\":\"http://example.org/dt\"}}]}}")]
    [InlineData("{\"head\":")]
    public void MalformedJsonIsAFormatError(string json) =>
        Assert.Throws<FormatException>(() => SampleResults.Read(json, ResultsFormat.Json));

    [Fact]
    public void TripleTermsAreNotSupported() =>
        Assert.Throws<NotSupportedException>(() => SampleResults.Read(
            """{"head":{"vars":["t"]},"results":{"bindings":[{"t":{"type":"triple","value":{}}}]}}""",
            ResultsFormat.Json));

    [Fact]
    public void XmlKeepsLiteralWhitespaceAndTrimsIris()
    {
        var parsed = SampleResults.Read(
            """
            <?xml version="1.0"?>
            <sparql xmlns="http://www.w3.org/2005/sparql-results#" xml:lang="de">
              <head><variable name="u"/><variable name="l"/><link href="q.rq"/></head>
              <results>
                <result>
                  <binding name="u"> <uri>
                    http://example.org/x </uri> </binding>
                  <binding name="l"><literal>  two
            lines </literal></binding>
                </result>
                <result>
                  <binding name="l"><literal><![CDATA[<cdata>]]> &amp; more</literal></binding>
                  <other:ignored xmlns:other="http://example.org/other">text</other:ignored>
                </result>
                <result>
                  <binding name="u"><bnode>r1</bnode></binding>
                  <binding name="l"><literal/></binding>
                </result>
              </results>
            </sparql>
            """,
            ResultsFormat.Xml);

        Assert.Equal(["u", "l"], parsed.Variables);
        SampleResults.AssertRow(parsed.Rows[0], new Iri("http://example.org/x"), Literal.Simple("  two\nlines "));

        // The root's xml:lang does not leak into literals that have none of their own.
        SampleResults.AssertRow(parsed.Rows[1], null, Literal.Simple("<cdata> & more"));
        SampleResults.AssertRow(parsed.Rows[2], new BlankNode("r1"), Literal.Simple(""));
    }

    [Theory]
    [InlineData("<sparql/>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/></sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><boolean>maybe</boolean></sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><results><result><binding name=\"a\"/></result></results></sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><results><result><binding name=\"a\"><uri>x</uri><uri>y</uri></binding></result></results></sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><results>stray<result/></results></sparql>")]
    [InlineData("<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"><head/><results><result>")]
    public void MalformedXmlIsAFormatError(string xml) =>
        Assert.Throws<FormatException>(() => SampleResults.Read(xml, ResultsFormat.Xml));

    [Fact]
    public void XmlDirectionalLiteralsAreNotSupported() =>
        Assert.Throws<NotSupportedException>(() => SampleResults.Read(
            """
            <sparql xmlns="http://www.w3.org/2005/sparql-results#" xmlns:its="http://www.w3.org/2005/11/its">
              <head><variable name="l"/></head>
              <results><result><binding name="l"><literal xml:lang="ar" its:dir="rtl">x</literal></binding></result></results>
            </sparql>
            """,
            ResultsFormat.Xml));

    [Fact]
    public void CsvGuessesTermsFromTheirText()
    {
        var parsed = SampleResults.Read("a,b,c,d\nurn:isbn:123,_:x,\"\",note: not an IRI\r\n", ResultsFormat.Csv);

        SampleResults.AssertRow(Assert.Single(parsed.Rows), new Iri("urn:isbn:123"), new BlankNode("x"), Literal.Simple(""), Literal.Simple("note: not an IRI"));
    }

    [Theory]
    [InlineData("a,b\n1\n")]
    [InlineData("a\n\"open\n")]
    [InlineData("a\n\"closed\"after\n")]
    [InlineData("a\nin\"side\n")]
    [InlineData("")]
    public void MalformedCsvIsAFormatError(string csv) =>
        Assert.Throws<FormatException>(() => SampleResults.Read(csv, ResultsFormat.Csv));

    [Fact]
    public void CsvWithAnAskHeaderOverOtherValuesIsASelect()
    {
        var parsed = SampleResults.Read("_askResult\r\nperhaps\r\n", ResultsFormat.Csv);

        Assert.Null(parsed.Boolean);
        SampleResults.AssertRow(Assert.Single(parsed.Rows), Literal.Simple("perhaps"));
    }

    [Fact]
    public void TsvReadsTurtleTerms()
    {
        var parsed = SampleResults.Read(
            "?a\t$b\t?c\n"
            + "<http://example.org/\\u00E9>\t'single \\'q\\''\t\"\\U0001F600\\t\"@EN\n"
            + " _:n1 \t\"x\"^^<http://example.org/dt>\t-1.5E-3\n"
            + "+12\t.5\ttrue\n"
            + "\t\t\r\n",
            ResultsFormat.Tsv);

        Assert.Equal(["a", "b", "c"], parsed.Variables);
        SampleResults.AssertRow(parsed.Rows[0], new Iri("http://example.org/é"), Literal.Simple("single 'q'"), Literal.LangString("😀\t", "en"));
        SampleResults.AssertRow(parsed.Rows[1], new BlankNode("n1"), Literal.Typed("x", new Iri("http://example.org/dt")), Literal.Typed("-1.5E-3", Vocab.Xsd.Double));
        SampleResults.AssertRow(parsed.Rows[2], Literal.Typed("+12", Vocab.Xsd.Integer), Literal.Typed(".5", Vocab.Xsd.Decimal), Literal.Typed("true", Vocab.Xsd.Boolean));
        SampleResults.AssertRow(parsed.Rows[3], null, null, null);
    }

    [Theory]
    [InlineData("?a\nbare\n")]
    [InlineData("?a\n\"open\n")]
    [InlineData("?a\n<http://example.org/\n")]
    [InlineData("?a\n\"x\"^^xsd:string\n")]
    [InlineData("?a\n\"bad \\q escape\"\n")]
    [InlineData("?a\n\"bad \\u12 escape\"\n")]
    [InlineData("?a\n\"x\"@\n")]
    [InlineData("?a\t?b\n<http://example.org/>\n")]
    [InlineData("a\n")]
    [InlineData("")]
    public void MalformedTsvIsAFormatError(string tsv) =>
        Assert.Throws<FormatException>(() => SampleResults.Read(tsv, ResultsFormat.Tsv));

    [Fact]
    public void TsvErrorsNameTheLine()
    {
        var error = Assert.Throws<FormatException>(() => SampleResults.Read("?a\n1\n2\noops\n", ResultsFormat.Tsv));
        Assert.Contains("line 4", error.Message);
    }

    [Theory]
    [InlineData("?_askResult\nTRUE\n", true)]
    [InlineData("?_askResult\nfalse", false)]
    public void TsvAskFormIsABoolean(string tsv, bool expected) =>
        Assert.Equal(expected, SampleResults.Read(tsv, ResultsFormat.Tsv).Boolean);

    [Fact]
    public void TsvWithAnAskHeaderOverSeveralRowsIsASelect()
    {
        var parsed = SampleResults.Read("?_askResult\ntrue\nfalse\n", ResultsFormat.Tsv);

        Assert.Null(parsed.Boolean);
        Assert.Equal(2, parsed.Rows.Count);
    }
}
