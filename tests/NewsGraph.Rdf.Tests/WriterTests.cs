using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Rdf.Tests;

public class WriterTests
{
    private const string Sample = """
        @prefix ex: <http://example.org/> .
        ex:b ex:name "B" .
        ex:a ex:knows [ ex:name "Nested" ; ex:age 7 ] ;
             a ex:Person ;
             ex:list ( 1 "two" ex:three ) ;
             ex:name "A"@en, "Ä" ;
             ex:note "line one\nline \"two\"" .
        _:shared ex:p ex:a . ex:a ex:q _:shared . ex:b ex:q _:shared .
        """;

    private static Dataset Parse(string text, RdfFormat format) =>
        RdfReader.Load(new StringReader(text), format, new RdfReaderOptions { BaseIri = "http://example.org/" });

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.NQuads)]
    [InlineData(RdfFormat.Turtle)]
    [InlineData(RdfFormat.TriG)]
    public void EveryWriterRoundTrips(RdfFormat format)
    {
        var original = Parse(Sample, RdfFormat.Turtle);
        var text = RdfWriter.WriteToString(original, format);
        Assert.True(Isomorphism.AreIsomorphic(original, Parse(text, format)), text);
    }

    [Fact]
    public void TurtleIsLaidOutForReading()
    {
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://example.org/");
        prefixes.Set("unused", "http://unused.example/");
        var text = RdfWriter.WriteToString(Parse(Sample, RdfFormat.Turtle), RdfFormat.Turtle, new RdfWriterOptions { Prefixes = prefixes });

        Assert.StartsWith("@prefix ex: <http://example.org/> .\n\n", text);
        Assert.DoesNotContain("unused", text);
        Assert.Contains("ex:a a ex:Person ;\n", text);
        Assert.Contains("ex:list ( 1 \"two\" ex:three )", text);
        Assert.Contains("ex:knows [\n        ex:age 7 ;\n        ex:name \"Nested\"\n    ]", text);
        Assert.Contains("ex:name \"A\"@en, \"Ä\"", text);
        Assert.Contains("\"\"\"line one\nline \\\"two\\\"\"\"\"", text);

        // A blank node used twice keeps a label; the subjects come in a stable order.
        Assert.Contains("ex:q _:b0", text);
        Assert.True(text.IndexOf("ex:a a", StringComparison.Ordinal) < text.IndexOf("ex:b ex:name", StringComparison.Ordinal));
    }

    [Fact]
    public void OutputDoesNotDependOnInputOrder()
    {
        var quads = Parse(Sample, RdfFormat.Turtle).Where(q => q.Subject is Iri && q.Obj is not BlankNode).ToList();
        var forward = RdfWriter.WriteToString(quads, RdfFormat.Turtle);
        quads.Reverse();
        Assert.Equal(forward, RdfWriter.WriteToString(quads, RdfFormat.Turtle));
    }

    [Fact]
    public void BlankNodeCyclesAreWrittenWithLabels()
    {
        var data = Parse("_:a <http://e/p> _:b . _:b <http://e/p> _:a .", RdfFormat.Turtle);
        var text = RdfWriter.WriteToString(data, RdfFormat.Turtle);
        Assert.True(Isomorphism.AreIsomorphic(data, Parse(text, RdfFormat.Turtle)), text);
    }

    [Fact]
    public void TrigWritesNamedGraphsInBlocks()
    {
        var data = Parse("<http://e/g> { <http://e/s> <http://e/p> <http://e/o> } <http://e/s> <http://e/p> \"d\" .", RdfFormat.TriG);
        var text = RdfWriter.WriteToString(data, RdfFormat.TriG);
        Assert.Contains("<http://e/g> {\n    <http://e/s> <http://e/p> <http://e/o> .\n}", text);
        Assert.True(Isomorphism.AreIsomorphic(data, Parse(text, RdfFormat.TriG)));
    }

    [Fact]
    public void TriplesOnlyFormatsRefuseNamedGraphs()
    {
        var quad = new Quad(new Iri("http://e/s"), new Iri("http://e/p"), new Iri("http://e/o"), new Iri("http://e/g"));
        Assert.Throws<InvalidOperationException>(() => RdfWriter.WriteToString([quad], RdfFormat.NTriples));
        Assert.Throws<InvalidOperationException>(() => RdfWriter.WriteToString([quad], RdfFormat.Turtle));
    }

    [Fact]
    public void LiteralsThatAreNotTurtleNumbersStayQuoted()
    {
        var quads = new[]
        {
            new Quad(new Iri("http://e/s"), new Iri("http://e/p"), Literal.Typed("01.50", Vocab.Xsd.Decimal), null),
            new Quad(new Iri("http://e/s"), new Iri("http://e/p"), Literal.Typed("abc", Vocab.Xsd.Integer), null),
            new Quad(new Iri("http://e/s"), new Iri("http://e/p"), Literal.Typed("NaN", Vocab.Xsd.Double), null),
        };
        var text = RdfWriter.WriteToString(quads, RdfFormat.Turtle);
        Assert.Contains(" 01.50", text);
        Assert.Contains("\"abc\"^^xsd:integer", text);
        Assert.Contains("\"NaN\"^^xsd:double", text);
        Assert.True(Isomorphism.AreIsomorphic(quads, Parse(text, RdfFormat.Turtle)));
    }
}
