using NewsGraph.Server.Http;
using NewsGraph.Store;

namespace NewsGraph.Server.Protocol;

/// <summary>What a Graph Store Protocol request addresses: a named graph, the default graph, or (for reading) the whole dataset.</summary>
internal sealed record GraphTarget(Iri? Name, bool IsDataset)
{
    public static GraphTarget Of(HttpRequest request, bool wholeDatasetAllowed)
    {
        var hasDefault = request.Query.ContainsKey("default");
        var graphs = request.Query["graph"];
        if (hasDefault && graphs.Count > 0)
        {
            throw ProtocolException.BadRequest("give either ?default or ?graph=IRI, not both");
        }

        if (graphs.Count > 1)
        {
            throw ProtocolException.BadRequest("give one ?graph=IRI per request");
        }

        if (graphs.Count == 1)
        {
            return Uri.TryCreate(graphs[0], UriKind.Absolute, out _)
                ? new GraphTarget(new Iri(graphs[0]!), false)
                : throw ProtocolException.BadRequest($"graph '{graphs[0]}' is not an absolute IRI");
        }

        if (hasDefault)
        {
            return new GraphTarget(null, false);
        }

        return wholeDatasetAllowed
            ? new GraphTarget(null, true)
            : throw ProtocolException.BadRequest("name the graph: ?graph=IRI, or ?default for the default graph");
    }

    /// <summary>The graph's id in the store; null for a named graph the store does not have.</summary>
    public int? Id(IQuadStore store)
    {
        if (Name is null)
        {
            return TermIds.DefaultGraph;
        }

        var id = store.Lookup(Name);
        return id != TermIds.None && store.NamedGraphs().Contains(id) ? id : null;
    }

    /// <summary>The default graph always exists; a named graph once created or written to.</summary>
    public bool Exists(IQuadStore store) => Id(store) is not null;
}
