using System.Net;
using System.Text.Json;

namespace NewsGraph.Server.Tests;

public sealed class QueryProtocolTests
{
    private const string Data = """
        @prefix ex: <http://example.org/> .
        ex:g1 { ex:netanyahu ex:met ex:trump . ex:trump ex:name "Trump" . }
        ex:g2 { ex:putin ex:phoned ex:erdogan . }
        ex:alice ex:name "Alice" .
        """;

    private const string Select = "SELECT ?s WHERE { ?s <http://example.org/met> ?o }";

    [Fact]
    public async Task GetWithQueryAnswersJsonResultsOverTheUnionOfAllGraphs()
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get("/sparql?query=" + Uri.EscapeDataString(Select));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var row = Assert.Single(json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray());
        Assert.Equal("http://example.org/netanyahu", row.GetProperty("s").GetProperty("value").GetString());
    }
}
