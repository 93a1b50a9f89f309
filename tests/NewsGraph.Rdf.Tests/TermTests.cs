using NewsGraph.Rdf;

namespace NewsGraph.Rdf.Tests;

public class TermTests
{
    [Fact]
    public void SimpleLiteralIsXsdString()
    {
        var simple = Literal.Simple("a");
        var typed = Literal.Typed("a", new Iri(Vocab.Xsd.Namespace + "string"));
        Assert.Equal(simple, typed);
        Assert.True(typed.IsSimple);
        Assert.Equal("\"a\"", typed.ToString());
    }

    [Fact]
    public void LanguageTagsCompareCaseInsensitively()
    {
        var a = Literal.LangString("chat", "EN-gb");
        Assert.Equal("en-gb", a.Language);
        Assert.Equal(Vocab.Rdf.LangString, a.Datatype);
        Assert.Equal(a, Literal.LangString("chat", "en-GB"));
        Assert.NotEqual(a, Literal.LangString("chat", "en"));
    }

    [Fact]
    public void LangStringWithoutTagIsRejected() =>
        Assert.Throws<ArgumentException>(() => Literal.Typed("x", new Iri(Vocab.Rdf.Namespace + "langString")));

    [Fact]
    public void TermsOfDifferentKindsDiffer()
    {
        Assert.NotEqual<Term>(new Iri("x"), new BlankNode("x"));
        Assert.NotEqual<Term>(new Iri("x"), Literal.Simple("x"));
        Assert.Equal<Term>(new Iri("http://a/"), new Iri("http://a/"));
    }

    [Fact]
    public void NTriplesTextEscapesWhatIriAndStringCannotHold()
    {
        Assert.Equal("<http://a/b\\u0020c>", new Iri("http://a/b c").ToString());
        Assert.Equal("\"a\\\"b\\\\c\\nd\\u0001\"", Literal.Simple("a\"b\\c\nd\u0001").ToString());
        Assert.Equal("\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", Literal.Typed("1", Vocab.Xsd.Integer).ToString());
    }

    [Fact]
    public void OrderPutsBlankNodesThenIrisThenLiterals()
    {
        var terms = new Term[] { Literal.Simple("a"), new Iri("http://b"), new BlankNode("z"), new Iri("http://a") };
        var sorted = terms.Order().ToArray();
        Assert.Equal(new Term[] { new BlankNode("z"), new Iri("http://a"), new Iri("http://b"), Literal.Simple("a") }, sorted);
    }

    [Fact]
    public void InternerSharesInstancesAndStaysBounded()
    {
        var interner = new TermInterner(capacity: 16);
        var a = interner.Iri("http://example.org/a".AsSpan());
        Assert.Same(a, interner.Iri("http://example.org/a"));
        Assert.Same(Vocab.Rdf.Type, interner.Iri(Vocab.Rdf.Namespace + "type"));
        for (var i = 0; i < 100; i++)
        {
            interner.Iri($"http://example.org/{i}");
        }

        Assert.Equal(a, interner.Iri("http://example.org/a"));
    }

    [Fact]
    public void PrefixMapCompactsWithTheLongestNamespace()
    {
        var map = new PrefixMap();
        map.Set("ex", "http://example.org/");
        map.Set("exv", "http://example.org/vocab#");
        Assert.True(map.TryCompact("http://example.org/vocab#name", out var prefix, out var local));
        Assert.Equal(("exv", "name"), (prefix, local));
        Assert.False(map.TryCompact("http://other.org/x", out _, out _));
    }
}
