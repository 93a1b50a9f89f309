using NewsGraph.Store;

namespace NewsGraph.Server;

/// <summary>
/// What every endpoint and page of one server shares: the dataset, the options, and the query
/// runner (which applies the options' timeout, result cap, dataset defaults and SERVICE policy).
/// </summary>
public sealed class ServerContext
{
    public ServerContext(IDataset dataset, ServerOptions options, HttpMessageHandler? serviceHandler = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(options);
        Dataset = dataset;
        Options = options;
        Queries = new QueryRunner(dataset, options, new Federation.RemoteServices(options.AllowedServices, serviceHandler));
    }

    public IDataset Dataset { get; }

    public ServerOptions Options { get; }

    public QueryRunner Queries { get; }
}
