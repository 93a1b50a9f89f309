using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

public class ResultsFormatsTests
{
    [Theory]
    [InlineData(ResultsFormat.Json, "application/sparql-results+json", ".srj")]
    [InlineData(ResultsFormat.Xml, "application/sparql-results+xml", ".srx")]
    [InlineData(ResultsFormat.Csv, "text/csv", ".csv")]
    [InlineData(ResultsFormat.Tsv, "text/tab-separated-values", ".tsv")]
    public void EachFormatHasItsMediaTypeAndExtension(ResultsFormat format, string mediaType, string extension)
    {
        Assert.Equal(mediaType, format.MediaType());
        Assert.Equal(extension, format.Extension());
        Assert.True(ResultsFormats.TryFromMediaType(mediaType, out var back));
        Assert.Equal(format, back);
        Assert.True(ResultsFormats.TryFromPath("/some/dir/expected" + extension, out back));
        Assert.Equal(format, back);
    }

    [Theory]
    [InlineData("json", ResultsFormat.Json)]
    [InlineData("SRJ", ResultsFormat.Json)]
    [InlineData("xml", ResultsFormat.Xml)]
    [InlineData(".srx", ResultsFormat.Xml)]
    [InlineData(" csv ", ResultsFormat.Csv)]
    [InlineData("tsv", ResultsFormat.Tsv)]
    public void NamesAndExtensionsParse(string name, ResultsFormat expected)
    {
        Assert.True(ResultsFormats.TryParseName(name, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("application/sparql-results+json; charset=utf-8", ResultsFormat.Json)]
    [InlineData("Application/SPARQL-Results+XML", ResultsFormat.Xml)]
    [InlineData("application/json", ResultsFormat.Json)]
    [InlineData("text/xml;q=0.5", ResultsFormat.Xml)]
    [InlineData(" text/csv ;charset=utf-8", ResultsFormat.Csv)]
    [InlineData("text/tab-separated-values", ResultsFormat.Tsv)]
    public void MediaTypesIgnoreParametersAndCase(string mediaType, ResultsFormat expected)
    {
        Assert.True(ResultsFormats.TryFromMediaType(mediaType, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("text/turtle")]
    [InlineData("*/*")]
    [InlineData("")]
    public void OtherMediaTypesAreNotResultsFormats(string mediaType) =>
        Assert.False(ResultsFormats.TryFromMediaType(mediaType, out _));

    [Fact]
    public void UnknownNamesAndExtensionsAreRejected()
    {
        Assert.False(ResultsFormats.TryParseName("ttl", out _));
        Assert.False(ResultsFormats.TryFromPath("result.ttl", out _));
        Assert.False(ResultsFormats.TryFromPath("noextension", out _));
    }
}
