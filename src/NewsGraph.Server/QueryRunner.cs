using NewsGraph.Server.Federation;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Store;

namespace NewsGraph.Server;

/// <summary>
/// Runs queries the way the server does: parsed before any session is opened (a syntax error holds
/// no lock), then against one read session that lives as long as the results are being read.
/// </summary>
public sealed class QueryRunner
{
    private readonly IDataset _dataset;
    private readonly ServerOptions _options;
    private readonly RemoteServices _services;

    internal QueryRunner(IDataset dataset, ServerOptions options, RemoteServices services)
    {
        _dataset = dataset;
        _options = options;
        _services = services;
    }

    /// <summary>Parses a query; throws <see cref="SparqlSyntaxException"/> with line and column if it is not valid SPARQL.</summary>
    public static Query Parse(string text) => SparqlEngine.ParseQuery(text);

    /// <summary>
    /// Starts a query. Its results stream from a read session that the returned lease holds:
    /// dispose the lease once they have been written. Default and named graphs given here
    /// (the protocol's default-graph-uri and named-graph-uri) override the query's FROM clauses.
    /// </summary>
    public QueryLease Run(Query query, QueryDataset? dataset = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var options = new SparqlQueryOptions
        {
            DefaultGraphs = dataset?.Default,
            NamedGraphs = dataset?.Named,
            UnionDefaultGraph = _options.UnionDefaultGraph,
            Timeout = _options.Timeout,
            MaxResults = _options.MaxResults,
            Cancellation = cancellation,
            Service = _services.Hook,
        };
        var session = _dataset.BeginRead();
        try
        {
            return new QueryLease(session, SparqlEngine.Execute(session.Store, query, options));
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Parses and starts a query in one step.</summary>
    public QueryLease Run(string text, CancellationToken cancellation = default) => Run(Parse(text), null, cancellation);
}

/// <summary>A running query's result and the read session it reads from; disposing ends the session.</summary>
public sealed class QueryLease(IReadSession session, QueryResult result) : IDisposable
{
    public QueryResult Result { get; } = result;

    public void Dispose() => session.Dispose();
}
