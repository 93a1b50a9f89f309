using System.Text;

namespace NewsGraph.Remote;

/// <summary>Turns a batch of N-Triples lines for one remote graph into a request.</summary>
internal abstract class WriteProtocol(Uri endpoint)
{
    protected Uri Endpoint { get; } = endpoint;

    public abstract PushMethod Method { get; }

    /// <summary>A request adding <paramref name="batch"/> to <paramref name="graph"/>, replacing what it held if <paramref name="replace"/>.</summary>
    public abstract HttpRequestMessage Write(string graph, TripleBatch batch, bool replace);

    /// <summary>A request that changes nothing but shows whether the endpoint speaks this protocol.</summary>
    public abstract HttpRequestMessage Probe(string graph);

    public static WriteProtocol For(PushMethod method, Uri endpoint) => method switch
    {
        PushMethod.Gsp => new GraphStoreProtocol(endpoint),
        PushMethod.Update => new UpdateProtocol(endpoint),
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "resolve Auto by probing first"),
    };
}

/// <summary>SPARQL 1.1 Graph Store HTTP Protocol, indirect graph identification (<c>?graph=</c>).</summary>
internal sealed class GraphStoreProtocol(Uri endpoint) : WriteProtocol(endpoint)
{
    private const string NTriples = "application/n-triples";

    public override PushMethod Method => PushMethod.Gsp;

    public override HttpRequestMessage Write(string graph, TripleBatch batch, bool replace) =>
        new(replace ? HttpMethod.Put : HttpMethod.Post, GraphUri(graph)) { Content = Body(batch.Lines) };

    // An empty POST adds nothing; the graph probed is one the push is about to write anyway.
    public override HttpRequestMessage Probe(string graph) => new(HttpMethod.Post, GraphUri(graph)) { Content = Body("") };

    private Uri GraphUri(string graph)
    {
        var separator = string.IsNullOrEmpty(Endpoint.Query) ? "?" : "&";
        return new Uri(Endpoint + separator + "graph=" + Uri.EscapeDataString(graph));
    }

    private static StringContent Body(string lines) => new(lines, new UTF8Encoding(false), NTriples);
}

/// <summary>SPARQL 1.1 Update by POST with an <c>application/sparql-update</c> body.</summary>
internal sealed class UpdateProtocol(Uri endpoint) : WriteProtocol(endpoint)
{
    public override PushMethod Method => PushMethod.Update;

    public override HttpRequestMessage Write(string graph, TripleBatch batch, bool replace)
    {
        var lines = batch.Lines;
        var iri = Rdf.NTriplesText.Iri(graph);
        var update = new StringBuilder(lines.Length + 2 * iri.Length + 64);
        if (replace)
        {
            update.Append("CLEAR SILENT GRAPH ").Append(iri).Append(lines.Length == 0 ? "\n" : " ;\n");
        }

        if (lines.Length > 0)
        {
            // N-Triples lines are valid triples in an update: the same IRI, literal and blank node
            // syntax. Blank nodes go in a template rather than INSERT DATA, which some stores
            // (Virtuoso: "not allowed in a constant clause") refuse them in; the one empty solution
            // of WHERE { } gives each label one fresh node, as INSERT DATA would.
            update.Append(batch.HasBlankNodes ? "INSERT { GRAPH " : "INSERT DATA { GRAPH ").Append(iri).Append(" {\n").Append(lines)
                .Append(batch.HasBlankNodes ? "} } WHERE { }\n" : "} }\n");
        }

        return Request(update.ToString());
    }

    public override HttpRequestMessage Probe(string graph) => Request("INSERT DATA { }");

    private HttpRequestMessage Request(string update) =>
        new(HttpMethod.Post, Endpoint) { Content = new StringContent(update, new UTF8Encoding(false), "application/sparql-update") };
}
