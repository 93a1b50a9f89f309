using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Server.Tests;

public sealed class QueryProtocolTests
{
    internal const string Data = """
        @prefix ex: <http://example.org/> .
        ex:g1 { ex:netanyahu ex:met ex:trump . ex:trump ex:name "Trump" . }
        ex:g2 { ex:putin ex:phoned ex:erdogan . }
        ex:alice ex:name "Alice" .
        """;

    private const string Select = "SELECT ?s WHERE { ?s <http://example.org/met> ?o }";

    private static string Q(string query) => "/sparql?query=" + Uri.EscapeDataString(query);

    private static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [Fact]
    public async Task GetWithQueryAnswersJsonResultsOverTheUnionOfAllGraphs()
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get(Q(Select));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/sparql-results+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var row = Assert.Single(json.RootElement.GetProperty("results").GetProperty("bindings").EnumerateArray());
        Assert.Equal("http://example.org/netanyahu", row.GetProperty("s").GetProperty("value").GetString());
    }

    [Fact]
    public async Task StoredDefaultGraphOptionLeavesNamedGraphsOut()
    {
        await using var server = await TestServer.Start(Data, new ServerOptions { UnionDefaultGraph = false });
        var rows = await Rows(server, server.Get(Q("SELECT ?s WHERE { ?s ?p ?o }")));
        Assert.Equal(["http://example.org/alice"], rows.Select(r => ((Iri)r[0]!).Value));
    }

    [Fact]
    public async Task PostFormAndPostDirectGiveTheSameResults()
    {
        await using var server = await TestServer.Start(Data);
        using var form = await server.Send(HttpMethod.Post, "/sparql", Form(("query", Select)), accept: "application/sparql-results+xml");
        Assert.Equal("application/sparql-results+xml", form.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<uri>http://example.org/netanyahu</uri>", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var direct = await server.Send(HttpMethod.Post, "/sparql", new StringContent(Select, Encoding.UTF8, "application/sparql-query"), accept: "text/csv");
        Assert.Equal("text/csv", direct.Content.Headers.ContentType?.MediaType);
        Assert.Equal("s\r\nhttp://example.org/netanyahu\r\n", await direct.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values")]
    [InlineData("application/sparql-results+xml;q=0.9, application/sparql-results+json", "application/sparql-results+json")]
    [InlineData("text/*;q=0.8, application/sparql-results+json;q=0.2", "text/csv")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/sparql-results+json")]
    [InlineData("text/html, */*;q=0.1", "application/sparql-results+json")]
    public async Task AcceptHeaderWithQualitiesChoosesTheResultsFormat(string accept, string expected)
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get(Q(Select), accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task NothingAcceptableIs406NamingWhatIsAvailable()
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get(Q(Select), "image/png, text/turtle;q=0.5");
        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("application/sparql-results+json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/n-triples", RdfFormat.NTriples)]
    [InlineData("text/turtle", RdfFormat.Turtle)]
    [InlineData("application/rdf+xml", RdfFormat.RdfXml)]
    [InlineData("application/n-quads;q=0.9, application/sparql-results+json", RdfFormat.NQuads)]
    public async Task ConstructAnswersAGraphInTheNegotiatedSyntax(string accept, RdfFormat format)
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get(Q("CONSTRUCT { ?o <http://example.org/metBy> ?s } WHERE { ?s <http://example.org/met> ?o }"), accept);
        Assert.Equal(format.MediaType(), response.Content.Headers.ContentType?.MediaType);
        using var reader = RdfReader.Create(new StringReader(await response.Content.ReadAsStringAsync()), format);
        var triple = Assert.Single(reader.ReadAll()).Triple;
        Assert.Equal(new Triple(new Iri("http://example.org/trump"), new Iri("http://example.org/metBy"), new Iri("http://example.org/netanyahu")), triple);
    }

    [Fact]
    public async Task ConstructDefaultsToTurtleAndJsonLdIsWritten()
    {
        await using var server = await TestServer.Start(Data);
        using var turtle = await server.Get(Q("DESCRIBE <http://example.org/trump>"));
        Assert.Equal("text/turtle", turtle.Content.Headers.ContentType?.MediaType);
        using var jsonLd = await server.Get(Q("CONSTRUCT WHERE { ?s <http://example.org/name> ?o }"), "application/ld+json");
        Assert.Equal("application/ld+json", jsonLd.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Alice", await jsonLd.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskAnswersABoolean()
    {
        await using var server = await TestServer.Start(Data);
        using var yes = await server.Get(Q("ASK { <http://example.org/putin> ?p ?o }"));
        Assert.True(JsonDocument.Parse(await yes.Content.ReadAsStringAsync()).RootElement.GetProperty("boolean").GetBoolean());
        using var no = await server.Get(Q("ASK { <http://example.org/nobody> ?p ?o }"), "application/sparql-results+xml");
        Assert.False(SparqlResultsReader.Read(new StringReader(await no.Content.ReadAsStringAsync()), ResultsFormat.Xml).Boolean);
    }

    [Fact]
    public async Task ProtocolDatasetReplacesTheDefaultGraphAndTheNamedGraphs()
    {
        await using var server = await TestServer.Start(Data);
        var onlyG2 = await Rows(server, server.Get(Q("SELECT ?s WHERE { ?s ?p ?o }") + "&default-graph-uri=" + Uri.EscapeDataString("http://example.org/g2")));
        Assert.Equal(["http://example.org/putin"], onlyG2.Select(r => ((Iri)r[0]!).Value));

        using var form = Form(("query", "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"), ("named-graph-uri", "http://example.org/g1"));
        var named = await Rows(server, server.Send(HttpMethod.Post, "/sparql", form));
        Assert.All(named, r => Assert.Equal("http://example.org/g1", ((Iri)r[0]!).Value));
        Assert.Equal(2, named.Count);
    }

    [Fact]
    public async Task InvalidQueryIs400WithLineAndColumn()
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Get(Q("SELECT * WHERE {\n  ?s ?p "));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("invalid SPARQL: line 2, column", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/sparql-update")]
    public async Task PostOfAnotherContentTypeIs415(string contentType)
    {
        await using var server = await TestServer.Start(Data);
        using var response = await server.Send(HttpMethod.Post, "/sparql", new StringContent(Select, Encoding.UTF8, contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RepeatedQueryParameterAndEmptyPostAre400()
    {
        await using var server = await TestServer.Start(Data);
        using var twice = await server.Get(Q(Select) + "&query=" + Uri.EscapeDataString(Select));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        using var none = await server.Send(HttpMethod.Post, "/sparql", Form(("default-graph-uri", "http://example.org/g1")));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
    }

    [Fact]
    public async Task QueryOverTheTimeoutIs503()
    {
        var many = string.Concat(Enumerable.Range(0, 200).Select(i => $"<http://example.org/s{i}> <http://example.org/p> {i} .\n"));
        await using var server = await TestServer.Start(many, new ServerOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        using var response = await server.Get(Q("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("query timed out", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResultOverTheCapIsNotDeliveredAsIfComplete()
    {
        await using var server = await TestServer.Start(Data, new ServerOptions { MaxResults = 2 });
        using var small = await server.Get(Q("SELECT * WHERE { ?s ?p ?o } LIMIT 2"));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        await Assert.ThrowsAnyAsync<HttpRequestException>(async () =>
        {
            using var big = await server.Get(Q("SELECT * WHERE { ?s ?p ?o }"));
            await big.Content.ReadAsStringAsync();
        });
    }

    [Fact]
    public async Task GetWithoutQueryDescribesTheService()
    {
        await using var server = await TestServer.Start(Data, new ServerOptions { Token = "t" });
        using var response = await server.Get("/sparql", "text/turtle");
        Assert.Equal("text/turtle", response.Content.Headers.ContentType?.MediaType);
        using var reader = RdfReader.Create(new StringReader(await response.Content.ReadAsStringAsync()), RdfFormat.Turtle);
        var triples = reader.ReadAll().Select(q => q.Triple).ToList();
        const string sd = "http://www.w3.org/ns/sparql-service-description#";
        Assert.Contains(triples, t => t.Predicate.Value == sd + "endpoint" && t.Obj.Equals(new Iri(new Uri(server.Address, "/sparql").AbsoluteUri)));
        Assert.Contains(triples, t => t.Obj.Equals(new Iri(sd + "SPARQL11Update")));
        Assert.Contains(triples, t => t.Obj.Equals(new Iri(sd + "UnionDefaultGraph")));
    }

    [Fact]
    public async Task ManyConcurrentClientsAllGetCompleteAnswers()
    {
        await using var server = await TestServer.Start(Data);
        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Rows(server, server.Get(Q(Select)))));
        Assert.All(answers, rows => Assert.Single(rows));
    }

    [Fact]
    public async Task CorsAllowsOnlyTheConfiguredOrigins()
    {
        await using var server = await TestServer.Start(Data, new ServerOptions { CorsOrigins = ["https://example.org"] });
        foreach (var (origin, allowed) in new[] { ("https://example.org", true), ("https://elsewhere.example", false) })
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Q(Select));
            request.Headers.Add("Origin", origin);
            using var response = await server.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Contains(origin));
        }
    }

    internal static async Task<IReadOnlyList<Term?[]>> Rows(TestServer server, Task<HttpResponseMessage> pending)
    {
        using var response = await pending;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
        Assert.True(ResultsFormats.TryFromMediaType(type, out var format), type);
        return SparqlResultsReader.Read(new StringReader(await response.Content.ReadAsStringAsync()), format).Rows;
    }
}
