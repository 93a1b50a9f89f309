using System.Net;

namespace NewsGraph.Server.Tests;

public sealed class FederationTests
{
    private const string Remote = """
        @prefix ex: <http://example.org/> .
        ex:trump ex:office "President" .
        ex:netanyahu ex:office "Prime Minister" .
        """;

    private static string Query(Uri remote) => $$"""
        PREFIX ex: <http://example.org/>
        SELECT ?who ?office WHERE { ?who ex:met ?other . SERVICE <{{remote}}> { ?who ex:office ?office } }
        """;

    [Fact]
    public async Task ServiceJoinsAnAllowedEndpointsAnswerWithLocalData()
    {
        await using var remote = await TestServer.Start(Remote);
        var endpoint = new Uri(remote.Address, "/sparql");
        await using var local = await TestServer.Start(QueryProtocolTests.Data, new ServerOptions { AllowedServices = [endpoint] });
        var rows = await QueryProtocolTests.Rows(local, local.Get("/sparql?query=" + Uri.EscapeDataString(Query(endpoint))));
        var row = Assert.Single(rows);
        Assert.Equal(new Iri("http://example.org/netanyahu"), row[0]);
        Assert.Equal(Literal.Simple("Prime Minister"), row[1]);
    }

    [Fact]
    public async Task ServiceToAnyOtherEndpointIsRefusedUnlessSilent()
    {
        await using var remote = await TestServer.Start(Remote);
        var endpoint = new Uri(remote.Address, "/sparql");
        foreach (var allowed in new[] { Array.Empty<Uri>(), [new Uri("http://127.0.0.1:1/sparql")] })
        {
            await using var local = await TestServer.Start(QueryProtocolTests.Data, new ServerOptions { AllowedServices = allowed });
            using var refused = await local.Get("/sparql?query=" + Uri.EscapeDataString(Query(endpoint)));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("not allowed", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            var silent = Query(endpoint).Replace("SERVICE", "SERVICE SILENT", StringComparison.Ordinal);
            var rows = await QueryProtocolTests.Rows(local, local.Get("/sparql?query=" + Uri.EscapeDataString(silent)));
            Assert.Null(Assert.Single(rows)[1]);
        }
    }

    [Fact]
    public async Task AnAllowedEndpointThatFailsIs502()
    {
        var dead = new Uri("http://127.0.0.1:1/sparql");
        await using var local = await TestServer.Start(QueryProtocolTests.Data, new ServerOptions { AllowedServices = [dead] });
        using var response = await local.Get("/sparql?query=" + Uri.EscapeDataString(Query(dead)));
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
    }
}
