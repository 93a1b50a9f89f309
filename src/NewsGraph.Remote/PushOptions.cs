namespace NewsGraph.Remote;

/// <summary>What to push where, and how.</summary>
public sealed record PushOptions
{
    /// <summary>Where the default graph's own triples go when no other target is given.</summary>
    public const string DefaultGraphTarget = "https://w3id.org/newsgraph/id/graph/default";

    /// <summary>The URL that receives the writes: a Graph Store endpoint, an Update endpoint, or one that is both.</summary>
    public required Uri Endpoint { get; init; }

    /// <summary>The file that records what the endpoint has acknowledged, so a rerun continues where the last one stopped.</summary>
    public required string CheckpointFile { get; init; }

    public PushMethod Method { get; init; } = PushMethod.Auto;

    /// <summary>Push only this named graph; null for every graph.</summary>
    public string? Graph { get; init; }

    /// <summary>The remote graph that receives the default graph's triples.</summary>
    public string DefaultGraph { get; init; } = DefaultGraphTarget;

    /// <summary>Replace each remote graph's content rather than add to it.</summary>
    public bool Replace { get; init; }

    /// <summary>Ignore the checkpoint and send everything again.</summary>
    public bool Restart { get; init; }

    /// <summary>Triples per request (a graph with blank nodes always goes in one request).</summary>
    public int BatchSize { get; init; } = 10_000;

    public RemoteCredentials? Credentials { get; init; }

    /// <summary>How often a request that failed for a passing reason is tried again before the push gives up.</summary>
    public int Retries { get; init; } = 5;

    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(120);
}
