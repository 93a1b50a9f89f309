namespace NewsGraph.Sparql;

/// <summary>How a query runs: its base IRI, its dataset, and its limits.</summary>
public sealed record SparqlQueryOptions
{
    /// <summary>The base IRI for relative IRIs in the query text.</summary>
    public string? BaseIri { get; init; }

    /// <summary>
    /// Graphs whose merge is the default graph (the protocol's default-graph-uri). They override the
    /// query's FROM clauses when given.
    /// </summary>
    public IReadOnlyList<Iri>? DefaultGraphs { get; init; }

    /// <summary>The named graphs the query may see (the protocol's named-graph-uri); overrides FROM NAMED.</summary>
    public IReadOnlyList<Iri>? NamedGraphs { get; init; }

    /// <summary>When no dataset is given, query the union of all graphs as the default graph.</summary>
    public bool UnionDefaultGraph { get; init; }

    /// <summary>Stops the query with <see cref="SparqlTimeoutException"/> after this long.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Stops the query with <see cref="SparqlLimitException"/> once it produces more results than this.</summary>
    public long? MaxResults { get; init; }

    /// <summary>
    /// Stops the query with <see cref="SparqlLimitException"/> when the process's managed heap grows past
    /// this many bytes while it runs, so that a runaway query fails instead of the process.
    /// </summary>
    public long? MaxMemoryBytes { get; init; }

    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Runs a SERVICE's SELECT at its endpoint; null refuses every SERVICE (SERVICE SILENT then
    /// contributes one empty solution). The host decides which endpoints it will call.
    /// </summary>
    public RemoteSelect? Service { get; init; }
}

/// <summary>
/// Runs <paramref name="query"/> (a SELECT) at a remote SPARQL endpoint and returns its results.
/// Throws <see cref="NotSupportedException"/> when the host does not allow the endpoint and
/// <see cref="SparqlServiceException"/> when the endpoint does not answer properly.
/// </summary>
public delegate Results.ParsedResults RemoteSelect(Iri endpoint, string query, CancellationToken cancellation);

/// <summary>How an update runs.</summary>
public sealed record SparqlUpdateOptions
{
    public string? BaseIri { get; init; }

    /// <summary>Resolves LOAD's source IRI to a file to read; null means LOAD fails (or is silently skipped with SILENT).</summary>
    public Func<Iri, string?>? ResolveLoadSource { get; init; }

    public TimeSpan? Timeout { get; init; }

    /// <summary>As for queries: the update stops when the managed heap grows past this many bytes while it matches.</summary>
    public long? MaxMemoryBytes { get; init; }

    public CancellationToken Cancellation { get; init; }
}

/// <summary>The query ran longer than its timeout.</summary>
public sealed class SparqlTimeoutException(TimeSpan timeout)
    : TimeoutException($"the query did not finish within {timeout.TotalSeconds:0.###} s");

/// <summary>The query produced more results, or needed more memory, than allowed.</summary>
public sealed class SparqlLimitException(string message) : InvalidOperationException(message)
{
    public static SparqlLimitException Results(long limit) => new($"the query produced more than {limit} results; add a LIMIT or raise the cap");

    public static SparqlLimitException Memory(long bytes) => new($"the query needed more than {bytes / (1024 * 1024)} MiB of memory; make it more selective or raise the cap");
}

/// <summary>A SERVICE endpoint failed or gave an answer that is not SPARQL results.</summary>
public sealed class SparqlServiceException(string message, Exception? inner = null) : InvalidOperationException(message, inner);

/// <summary>An update could not be carried out (LOAD of a missing source, CREATE of an existing graph, …).</summary>
public sealed class SparqlUpdateException(string message) : InvalidOperationException(message);
