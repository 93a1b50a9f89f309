using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Rdf.Tests;

public class ReaderTests
{
    private static List<Quad> Read(string text, RdfFormat format, string? baseIri = "http://base.example/dir/doc") =>
        RdfReader.Load(new StringReader(text), format, new RdfReaderOptions { BaseIri = baseIri, SourceName = "test" }).ToList();

    private static RdfSyntaxException Fails(string text, RdfFormat format) =>
        Assert.Throws<RdfSyntaxException>(() => Read(text, format));

    [Fact]
    public void TurtleAbbreviationsExpandToTheSameTriples()
    {
        var quads = Read("""
            @prefix : <http://e/> .
            PREFIX x: <http://x/>
            :s a :C ; :p 1, -2.5, 3E2, true ; x:q "t"@en-GB ;;
               :list ( :a ( ) ) ; :n [ :r "z" ] .
            """, RdfFormat.Turtle);
        Assert.Contains(quads, q => q.Predicate.Equals(Vocab.Rdf.Type) && q.Obj.Equals(new Iri("http://e/C")));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("1", Vocab.Xsd.Integer)));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("-2.5", Vocab.Xsd.Decimal)));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("3E2", Vocab.Xsd.Double)));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("true", Vocab.Xsd.Boolean)));
        Assert.Contains(quads, q => q.Predicate.Value == "http://x/q" && q.Obj.Equals(Literal.LangString("t", "en-gb")));
        Assert.Equal(2, quads.Count(q => q.Predicate.Equals(Vocab.Rdf.First)));
        Assert.Contains(quads, q => q.Predicate.Equals(Vocab.Rdf.First) && q.Obj.Equals(Vocab.Rdf.Nil));
        Assert.Equal(13, quads.Count);
    }

    [Fact]
    public void RelativeIrisResolveAgainstTheCurrentBase()
    {
        var quads = Read("<a> <b> <../c> . @base <http://other/x/> . <d> <e> <#f> .", RdfFormat.Turtle);
        Assert.Equal("http://base.example/dir/a", ((Iri)quads[0].Subject).Value);
        Assert.Equal("http://base.example/c", ((Iri)quads[0].Obj).Value);
        Assert.Equal("http://other/x/#f", ((Iri)quads[1].Obj).Value);
    }

    [Fact]
    public void BlankNodeLabelsAreScopedToTheDocument()
    {
        var first = Read("_:a <http://e/p> _:a .", RdfFormat.NTriples);
        var second = Read("_:a <http://e/p> _:a .", RdfFormat.NTriples);
        Assert.Equal(first[0].Subject, first[0].Obj);
        Assert.NotEqual(first[0].Subject, second[0].Subject);
    }

    [Fact]
    public void TrigReadsGraphBlocksInEveryForm()
    {
        var quads = Read("""
            @prefix : <http://e/> .
            :g1 { :a :b :c }
            GRAPH :g2 { :d :e :f . :g :h :i . }
            { :j :k :l }
            _:g3 { :m :n :o }
            :p :q :r .
            """, RdfFormat.TriG);
        Assert.Equal(6, quads.Count);
        Assert.Equal(new Iri("http://e/g1"), quads[0].Graph);
        Assert.Equal(new Iri("http://e/g2"), quads[2].Graph);
        Assert.Null(quads[3].Graph);
        Assert.IsType<BlankNode>(quads[4].Graph);
        Assert.Null(quads[5].Graph);
    }

    [Fact]
    public void NQuadsCarriesGraphNames()
    {
        var quads = Read("<http://e/s> <http://e/p> \"o\" <http://e/g> .\n<http://e/s> <http://e/p> _:o .\n", RdfFormat.NQuads);
        Assert.Equal(new Iri("http://e/g"), quads[0].Graph);
        Assert.Null(quads[1].Graph);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> \"o\" .\n<http://e/s> <http://e/p> \"unterminated .\n", 2, 42, "unterminated string")]
    [InlineData("<http://e/s> <http://e/p> <rel> .", 1, 27, "relative IRI")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o>", 1, 39, "expected '.'")]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> . <http://e/s> <http://e/p> <http://e/o> .", 1, 42, "end of the line")]
    [InlineData("<http://e/s> \"p\" <http://e/o> .", 1, 14, "expected a predicate")]
    [InlineData("<http://e/s> <http://e/p> \"x\"@ .", 1, 31, "language tag")]
    [InlineData("<http://e/s> <http://e/p> \"\\q\" .", 1, 29, "expected an escape")]
    [InlineData("<http://e/s> <http://e/p> <http://e/a b> .", 1, 38, "not allowed in an IRI")]
    public void NTriplesErrorsSayWhereAndWhat(string text, int line, int column, string fragment)
    {
        var e = Fails(text, RdfFormat.NTriples);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(fragment, e.Detail);
        Assert.StartsWith($"test:{line}:{column}: ", e.Message);
    }

    [Theory]
    [InlineData("@prefix : <http://e/> .\n:s :p undefined:x .", 2, 7, "undefined prefix 'undefined:'")]
    [InlineData("@prefix : <http://e/> .\n:s :p :o", 2, 9, "expected '.'")]
    [InlineData("@prefix : <http://e/> .\n\"lit\" :p :o .", 2, 1, "literal cannot be")]
    [InlineData("@prefix : <http://e/> .\n:s :p [ :q :r .", 2, 15, "expected ']'")]
    [InlineData("@prefix : <http://e/> .\n:s :p \"\"\"long\nstring", 3, 7, "unterminated string")]
    [InlineData("@prefix : <http://e/> .\n:s :p :o } .", 2, 10, "expected '.'")]
    public void TurtleErrorsSayWhereAndWhat(string text, int line, int column, string fragment)
    {
        var e = Fails(text, RdfFormat.Turtle);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(fragment, e.Detail);
    }

    [Fact]
    public void DeepNestingIsAnErrorNotAStackOverflow()
    {
        var deep = "<http://e/s> <http://e/p> " + string.Concat(Enumerable.Repeat("[ <http://e/p> ", 100_000)) + "<http://e/o>";
        var e = Fails(deep, RdfFormat.Turtle);
        Assert.Contains("nesting deeper than", e.Detail);
        var lists = "<http://e/s> <http://e/p> " + new string('(', 100_000);
        Assert.Contains("nesting deeper than", Fails(lists, RdfFormat.Turtle).Detail);
    }

    [Fact]
    public void InvalidUtf8IsASyntaxError()
    {
        var bytes = "<http://e/s> <http://e/p> \""u8.ToArray().Concat(new byte[] { 0xC3, 0x28 }).Concat("\" ."u8.ToArray()).ToArray();
        var text = new StreamReader(new MemoryStream(bytes), new System.Text.UTF8Encoding(false, true));
        var e = Assert.Throws<RdfSyntaxException>(() => RdfReader.Load(text, RdfFormat.NTriples));
        Assert.Contains("UTF-8", e.Detail);
    }

    [Fact]
    public void ReadsStatementsThatSpanTheInputBuffer()
    {
        // Tokens longer than the reader's 64 KiB window must be reassembled across refills.
        var longValue = new string('x', 200_000);
        var quads = Read($"<http://e/{longValue}> <http://e/p> \"{longValue}\" .\n", RdfFormat.NTriples);
        Assert.Equal(longValue, ((Literal)quads[0].Obj).Lexical);
        Assert.EndsWith(longValue, ((Iri)quads[0].Subject).Value);
    }

    [Theory]
    [InlineData(RdfFormat.NTriples)]
    [InlineData(RdfFormat.Turtle)]
    public void LangStringDatatypeIsASyntaxErrorEvenAfterTheIriTableRefills(RdfFormat format)
    {
        // A tiny table forces refills; the check on rdf:langString must not depend on shared instances.
        var text = "<http://e/a> <http://e/b> <http://e/c> .\n<http://e/s> <http://e/p> \"\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .\n";
        var options = new RdfReaderOptions { Interner = new TermInterner(capacity: 2) };
        var e = Assert.Throws<RdfSyntaxException>(() => RdfReader.Load(new StringReader(text), format, options));
        Assert.Contains("language tag", e.Detail);
    }

    [Fact]
    public void KeywordsAreNotConfusedWithPrefixedNames()
    {
        var quads = Read("""
            @prefix true: <http://t/> . @prefix a: <http://a/> . PREFIX base: <http://b/>
            a:s a a:C ; a:p true:x , true ; base:q false .
            """, RdfFormat.Turtle);
        Assert.Contains(quads, q => q.Obj.Equals(new Iri("http://t/x")));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("true", Vocab.Xsd.Boolean)));
        Assert.Contains(quads, q => q.Predicate.Value == "http://b/q");
        Assert.Contains(quads, q => q.Predicate.Equals(Vocab.Rdf.Type));
    }
}
