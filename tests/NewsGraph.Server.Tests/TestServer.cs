using System.Net.Http.Headers;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Store;
using NewsGraph.Store.Memory;

namespace NewsGraph.Server.Tests;

/// <summary>A real server (Kestrel on a free loopback port) over a dataset the test fills, and a client for it.</summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, IDataset dataset, Uri address)
    {
        _app = app;
        Dataset = dataset;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public IDataset Dataset { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    /// <summary>Starts a server over <paramref name="turtle"/> loaded as TriG (so tests can place triples in named graphs).</summary>
    public static async Task<TestServer> Start(string trig = "", ServerOptions? options = null, IDataset? dataset = null)
    {
        dataset ??= new MemoryDataset();
        if (trig.Length > 0)
        {
            using var write = dataset.BeginWrite();
            using var reader = RdfReader.Create(new StringReader(trig), RdfFormat.TriG);
            foreach (var q in reader.ReadAll())
            {
                write.Store.Add(q);
            }

            write.Commit();
        }

        var app = SparqlServer.Build(new ServerContext(dataset, (options ?? new ServerOptions()) with { Host = "127.0.0.1", Port = 0 }));
        await app.StartAsync();
        return new TestServer(app, dataset, SparqlServer.ListeningAddress(app));
    }

    public Task<HttpResponseMessage> Get(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> Send(HttpMethod method, string pathAndQuery, HttpContent? content = null, string? token = null, string? accept = null)
    {
        var request = new HttpRequestMessage(method, pathAndQuery) { Content = content };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Dataset.Dispose();
    }
}
