using System.Net;
using System.Text;
using System.Text.Json;

namespace NewsGraph.Server.Tests;

public sealed class ArticlesTests
{
    private const string Token = "s3cret";
    private const string Ng = "https://w3id.org/newsgraph/ontology#";
    private static readonly ServerOptions Writable = new() { Token = Token };

    private const string Story = """
        Netanyahu visits Washington

        Israeli Prime Minister Benjamin Netanyahu arrived in Washington on Monday and met US President Donald Trump at the White House.
        """;

    [Fact]
    public async Task PostedTextArticleIsIngestedAndItsEventsAnswerQueries()
    {
        await using var server = await TestServer.Start(options: Writable);
        using var response = await server.Send(HttpMethod.Post, "/articles?id=dc-visit&lang=en&published=2024-05-06", new StringContent(Story, Encoding.UTF8, "text/plain"), token: Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var article = Assert.Single(Report(await response.Content.ReadAsStringAsync()).GetProperty("articles").EnumerateArray());
        Assert.Equal("added", article.GetProperty("status").GetString());
        var graph = article.GetProperty("graph").GetString();

        var types = await QueryProtocolTests.Rows(server, server.Get("/sparql?query=" + Uri.EscapeDataString($"SELECT DISTINCT ?type WHERE {{ GRAPH <{graph}> {{ ?e a ?type }} }}")));
        var names = types.Select(r => ((Iri)r[0]!).Value).ToList();
        Assert.Contains(Ng + "Visit", names);
        Assert.Contains(Ng + "Meeting", names);

        using var again = await server.Send(HttpMethod.Post, "/articles?id=dc-visit&lang=en&published=2024-05-06", new StringContent(Story, Encoding.UTF8, "text/plain"), token: Token);
        Assert.Equal("unchanged", Report(await again.Content.ReadAsStringAsync()).GetProperty("articles")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task JsonLinesAreIngestedAndBadLinesReported()
    {
        await using var server = await TestServer.Start(options: Writable);
        var lines = JsonSerializer.Serialize(new { id = "one", lang = "en", published = "2024-05-06", text = Story }) + "\n{ not json\n";
        using var response = await server.Send(HttpMethod.Post, "/articles", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"), token: Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = Report(await response.Content.ReadAsStringAsync());
        Assert.Equal("one", Assert.Single(report.GetProperty("articles").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("POST /articles:2", Assert.Single(report.GetProperty("errors").EnumerateArray()).GetProperty("source").GetString());
    }

    [Fact]
    public async Task OneJsonObjectOverSeveralLinesIsOneArticle()
    {
        await using var server = await TestServer.Start(options: Writable);
        var json = JsonSerializer.Serialize(new { id = "pretty", text = Story }, new JsonSerializerOptions { WriteIndented = true });
        using var response = await server.Send(HttpMethod.Post, "/articles", new StringContent(json, Encoding.UTF8, "application/json"), token: Token);
        Assert.Equal("pretty", Assert.Single(Report(await response.Content.ReadAsStringAsync()).GetProperty("articles").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task BadArticleRequestsAreRefusedWithAReason()
    {
        await using var server = await TestServer.Start(options: Writable);
        using var noId = await server.Send(HttpMethod.Post, "/articles", new StringContent(Story, Encoding.UTF8, "text/plain"), token: Token);
        Assert.Equal(HttpStatusCode.BadRequest, noId.StatusCode);
        Assert.Contains("?id=", await noId.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var badDate = await server.Send(HttpMethod.Post, "/articles?id=x&published=yesterday", new StringContent(Story, Encoding.UTF8, "text/plain"), token: Token);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        using var pdf = await server.Send(HttpMethod.Post, "/articles?id=x", new ByteArrayContent([1, 2]) { Headers = { ContentType = new("application/pdf") } }, token: Token);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, pdf.StatusCode);
        using var noToken = await server.Send(HttpMethod.Post, "/articles?id=x", new StringContent(Story, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
    }

    private static JsonElement Report(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
