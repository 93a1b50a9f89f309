namespace NewsGraph.Server.Tests;

/// <summary>The real server on a free loopback port over <see cref="WebTestData"/>, shared by the web page tests of a class.</summary>
public sealed class WebTestServer : IAsyncLifetime
{
    private TestServer? _server;

    public HttpClient Client => (_server ?? throw new InvalidOperationException("the server has not started")).Client;

    public async Task InitializeAsync() => _server = await TestServer.Start(WebTestData.TriG);

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
