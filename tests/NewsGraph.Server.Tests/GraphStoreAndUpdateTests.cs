using System.Net;
using System.Text;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Server.Tests;

public sealed class GraphStoreAndUpdateTests
{
    private const string Token = "s3cret";
    private const string Graph = "/data?graph=http%3A%2F%2Fexample.org%2Fnew";
    private static readonly ServerOptions Writable = new() { Token = Token };

    private static StringContent Turtle(string text) => new(text, Encoding.UTF8, "text/turtle");

    private static StringContent Update(string text) => new(text, Encoding.UTF8, "application/sparql-update");

    [Fact]
    public async Task WritesAreRefusedWithoutAConfiguredToken()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data);
        using var update = await server.Send(HttpMethod.Post, "/update", Update("INSERT DATA { <x:a> <x:b> <x:c> }"), token: "anything");
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Contains("--token", await update.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var put = await server.Send(HttpMethod.Put, Graph, Turtle("<x:a> <x:b> <x:c> ."));
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task WritesNeedTheRightBearerToken()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        using var missing = await server.Send(HttpMethod.Post, "/update", Update("INSERT DATA { <x:a> <x:b> <x:c> }"));
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.ToString());
        using var wrong = await server.Send(HttpMethod.Delete, Graph, token: "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(0, await Count(server, "<x:a>"));
    }

    [Fact]
    public async Task ReadOnlyRefusesWritesEvenWithTheToken()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable with { ReadOnly = true });
        using var update = await server.Send(HttpMethod.Post, "/update", Update("INSERT DATA { <x:a> <x:b> <x:c> }"), token: Token);
        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
    }

    [Fact]
    public async Task UpdateAsFormOrDirectBodyChangesWhatQueriesSee()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        using var direct = await server.Send(HttpMethod.Post, "/update", Update("INSERT DATA { GRAPH <http://example.org/g3> { <x:a> <x:b> <x:c> } }"), token: Token);
        Assert.Equal(HttpStatusCode.NoContent, direct.StatusCode);
        using var form = new FormUrlEncodedContent([new("update", "INSERT DATA { <x:a> <x:b> <x:d> }")]);
        using var viaForm = await server.Send(HttpMethod.Post, "/update", form, token: Token);
        Assert.Equal(HttpStatusCode.NoContent, viaForm.StatusCode);
        Assert.Equal(2, await Count(server, "<x:a>"));
    }

    [Fact]
    public async Task InvalidUpdateIs400AndChangesNothing()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        using var response = await server.Send(HttpMethod.Post, "/update", Update("INSERT DATA { <x:a> <x:b> }"), token: Token);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line 1, column", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var get = await server.Send(HttpMethod.Get, "/update");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
    }

    [Fact]
    public async Task GraphStoreRoundTripPutGetPostDelete()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        using (var created = await server.Send(HttpMethod.Put, Graph, Turtle("<x:a> <x:b> \"one\" , \"two\" ."), token: Token))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        Assert.Equal(["one", "two"], await Objects(server, Graph));
        using (var replaced = await server.Send(HttpMethod.Put, Graph, Turtle("<x:a> <x:b> \"three\" ."), token: Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, replaced.StatusCode);
        }

        Assert.Equal(["three"], await Objects(server, Graph));
        using (var added = await server.Send(HttpMethod.Post, Graph, new StringContent("<x:a> <x:b> \"four\" .\n", Encoding.UTF8, "application/n-triples"), token: Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);
        }

        Assert.Equal(["four", "three"], await Objects(server, Graph));
        using (var head = await server.Send(HttpMethod.Head, Graph))
        {
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);
            Assert.Equal("text/turtle", head.Content.Headers.ContentType?.MediaType);
        }

        using (var deleted = await server.Send(HttpMethod.Delete, Graph, token: Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using var gone = await server.Get(Graph);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        using var again = await server.Send(HttpMethod.Delete, Graph, token: Token);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task GraphStoreDefaultGraphAndWholeDataset()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        Assert.Equal(["Alice"], await Objects(server, "/data?default"));
        using (var put = await server.Send(HttpMethod.Put, "/data?default", Turtle("<x:a> <x:b> \"only\" ."), token: Token))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        Assert.Equal(["only"], await Objects(server, "/data?default"));
        using var dataset = await server.Get("/data", "application/n-quads");
        using var reader = RdfReader.Create(new StringReader(await dataset.Content.ReadAsStringAsync()), RdfFormat.NQuads);
        var quads = reader.ReadAll().ToList();
        Assert.Equal(4, quads.Count);
        Assert.Contains(quads, q => q.Graph is Iri { Value: "http://example.org/g2" });
        using var turtleDataset = await server.Get("/data", "text/turtle");
        Assert.Equal(HttpStatusCode.NotAcceptable, turtleDataset.StatusCode);
    }

    [Fact]
    public async Task GraphStoreBodyErrorsAreReportedAndChangeNothing()
    {
        await using var server = await TestServer.Start(QueryProtocolTests.Data, Writable);
        using var bad = await server.Send(HttpMethod.Put, "/data?default", Turtle("<x:a> <x:b> \"ok\" .\n<x:a> <x:b> ."), token: Token);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.StartsWith("request body:2:", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Alice"], await Objects(server, "/data?default"));

        using var jsonLd = await server.Send(HttpMethod.Post, "/data?default", new StringContent("{}", Encoding.UTF8, "application/ld+json"), token: Token);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, jsonLd.StatusCode);
        using var both = await server.Get("/data?default&graph=http%3A%2F%2Fexample.org%2Fg1");
        Assert.Equal(HttpStatusCode.BadRequest, both.StatusCode);
        using var relative = await server.Get("/data?graph=g1");
        Assert.Equal(HttpStatusCode.BadRequest, relative.StatusCode);
    }

    private static async Task<List<string>> Objects(TestServer server, string target)
    {
        using var response = await server.Get(target, "application/n-triples");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = RdfReader.Create(new StringReader(await response.Content.ReadAsStringAsync()), RdfFormat.NTriples);
        return [.. reader.ReadAll().Select(q => ((Literal)q.Obj).Lexical).Order(StringComparer.Ordinal)];
    }

    private static async Task<int> Count(TestServer server, string subject)
    {
        var rows = await QueryProtocolTests.Rows(server, server.Get("/sparql?query=" + Uri.EscapeDataString($"SELECT ?o WHERE {{ {subject} ?p ?o }}")));
        return rows.Count;
    }
}
