using NewsGraph.Rdf;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

/// <summary>Results with every kind of term and the strings that are awkward in some format.</summary>
internal static class SampleResults
{
    public static readonly string[] Variables = ["s", "p", "o", "extra"];

    private static readonly Iri CustomType = new("http://example.org/datatype");

    public static Term?[][] Rows() =>
    [
        [new Iri("http://example.org/s1"), new Iri("http://example.org/p"), Literal.Simple("plain"), null],
        [new BlankNode("b1"), new Iri("http://example.org/ü/é?q=1#frag"), Literal.LangString("chat", "fr"), Literal.Typed("42", Vocab.Xsd.Integer)],
        [new Iri("http://example.org/s2"), new Iri("http://example.org/p"), Literal.Simple("a \"quoted\", comma\nnew line\ttab\r\nCRLF"), Literal.LangString("日本語 😀", "ja-JP")],
        [null, null, null, null],
        [Literal.Typed("x", CustomType), Literal.Typed("1.5", Vocab.Xsd.Decimal), Literal.Typed("1.0E6", Vocab.Xsd.Double), Literal.Typed("true", Vocab.Xsd.Boolean)],
        [new BlankNode("b1"), Literal.Simple(""), Literal.Simple("back\\slash 'single' \\n"), Literal.Typed("not a number", Vocab.Xsd.Integer)],
        [Literal.Typed("-7", Vocab.Xsd.Integer), Literal.Simple("  spaced  "), Literal.Simple("4,4"), new BlankNode("other-node_2")],
    ];

    public static SolutionsResult Result() => new(Variables, Rows());

    public static string Write(QueryResult result, ResultsFormat format)
    {
        var text = new StringWriter();
        SparqlResultsWriter.Write(text, result, format);
        return text.ToString();
    }

    public static ParsedResults Read(string text, ResultsFormat format) => SparqlResultsReader.Read(new StringReader(text), format);

    public static void AssertRow(Term?[] actual, params Term?[] expected) => Assert.Equal(expected, actual);

    public static void AssertRowsEqual(IReadOnlyList<Term?[]> expected, IReadOnlyList<Term?[]> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
