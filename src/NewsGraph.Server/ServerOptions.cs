namespace NewsGraph.Server;

/// <summary>How <c>newsgraph serve</c> listens and what it allows.</summary>
public sealed record ServerOptions
{
    public const string DefaultHost = "127.0.0.1";

    public const int DefaultPort = 7878;

    /// <summary>The address to listen on; loopback by default so that nothing is exposed unless asked.</summary>
    public string Host { get; init; } = DefaultHost;

    /// <summary>The port; 0 lets the system pick a free one (tests).</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The bearer token that writes (update, graph store, article ingest) must carry; null leaves the server read-only.</summary>
    public string? Token { get; init; }

    /// <summary>Refuses every write even when a token is configured.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Origins allowed to call the server from a browser page on another site (CORS); "*" allows any.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    /// <summary>SPARQL endpoints a query may call with SERVICE; any other endpoint is refused.</summary>
    public IReadOnlyList<Uri> AllowedServices { get; init; } = [];

    /// <summary>How long one query may run before it is stopped and answered with 503.</summary>
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The most solutions or triples one query may return.</summary>
    public long? MaxResults { get; init; } = 1_000_000;

    /// <summary>With no dataset in the request or the query, the default graph is the union of all graphs (articles are stored in named graphs).</summary>
    public bool UnionDefaultGraph { get; init; } = true;

    /// <summary>True when write requests are accepted at all (given the right token).</summary>
    public bool Writable => Token is not null && !ReadOnly;

    /// <summary>The base address clients use, e.g. http://127.0.0.1:7878.</summary>
    public string BaseUrl => $"http://{(Host.Contains(':') ? $"[{Host}]" : Host)}:{Port}";
}
