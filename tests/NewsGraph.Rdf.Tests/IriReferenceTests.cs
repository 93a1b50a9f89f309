using NewsGraph.Rdf;

namespace NewsGraph.Rdf.Tests;

public class IriReferenceTests
{
    private const string Base = "http://a/b/c/d;p?q";

    // RFC 3986 §5.4.1 and §5.4.2: the normal and abnormal examples.
    [Theory]
    [InlineData("g:h", "g:h")]
    [InlineData("g", "http://a/b/c/g")]
    [InlineData("./g", "http://a/b/c/g")]
    [InlineData("g/", "http://a/b/c/g/")]
    [InlineData("/g", "http://a/g")]
    [InlineData("//g", "http://g")]
    [InlineData("?y", "http://a/b/c/d;p?y")]
    [InlineData("g?y", "http://a/b/c/g?y")]
    [InlineData("#s", "http://a/b/c/d;p?q#s")]
    [InlineData("g#s", "http://a/b/c/g#s")]
    [InlineData("g?y#s", "http://a/b/c/g?y#s")]
    [InlineData(";x", "http://a/b/c/;x")]
    [InlineData("g;x", "http://a/b/c/g;x")]
    [InlineData("g;x?y#s", "http://a/b/c/g;x?y#s")]
    [InlineData("", "http://a/b/c/d;p?q")]
    [InlineData(".", "http://a/b/c/")]
    [InlineData("./", "http://a/b/c/")]
    [InlineData("..", "http://a/b/")]
    [InlineData("../", "http://a/b/")]
    [InlineData("../g", "http://a/b/g")]
    [InlineData("../..", "http://a/")]
    [InlineData("../../", "http://a/")]
    [InlineData("../../g", "http://a/g")]
    [InlineData("../../../g", "http://a/g")]
    [InlineData("../../../../g", "http://a/g")]
    [InlineData("/./g", "http://a/g")]
    [InlineData("/../g", "http://a/g")]
    [InlineData("g.", "http://a/b/c/g.")]
    [InlineData(".g", "http://a/b/c/.g")]
    [InlineData("g..", "http://a/b/c/g..")]
    [InlineData("..g", "http://a/b/c/..g")]
    [InlineData("./../g", "http://a/b/g")]
    [InlineData("./g/.", "http://a/b/c/g/")]
    [InlineData("g/./h", "http://a/b/c/g/h")]
    [InlineData("g/../h", "http://a/b/c/h")]
    [InlineData("g;x=1/./y", "http://a/b/c/g;x=1/y")]
    [InlineData("g;x=1/../y", "http://a/b/c/y")]
    [InlineData("g?y/./x", "http://a/b/c/g?y/./x")]
    [InlineData("g?y/../x", "http://a/b/c/g?y/../x")]
    [InlineData("g#s/./x", "http://a/b/c/g#s/./x")]
    [InlineData("g#s/../x", "http://a/b/c/g#s/../x")]
    [InlineData("http:g", "http:g")]
    public void ResolvesTheRfc3986Examples(string reference, string expected) =>
        Assert.Equal(expected, IriReference.Resolve(Base, reference));

    [Theory]
    [InlineData("http://x", true)]
    [InlineData("urn:isbn:1", true)]
    [InlineData("a+b.c-d:x", true)]
    [InlineData("//x", false)]
    [InlineData("x", false)]
    [InlineData("1a:x", false)]
    [InlineData("", false)]
    public void KnowsAbsoluteIris(string iri, bool absolute) => Assert.Equal(absolute, IriReference.IsAbsolute(iri));

    [Fact]
    public void ResolvesAgainstABaseWithAuthorityButNoPath() =>
        Assert.Equal("http://a/g", IriReference.Resolve("http://a", "g"));
}
