using NewsGraph.Rdf;
using NewsGraph.Server.Http;

namespace NewsGraph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Service Description of this server (answered to a GET of <c>/sparql</c> without a
/// query): its endpoint, languages, result formats and the features that depend on the options.
/// </summary>
internal static class ServiceDescription
{
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";
    private const string Formats = "http://www.w3.org/ns/formats/";

    private static readonly string[] ResultFormats =
        ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML"];

    public static Task Write(HttpContext http, ServerContext context)
    {
        var mediaType = QueryEndpoint.Negotiate(http, ResponseFormats.Graphs, "the service description");
        var request = http.Request;
        var triples = Describe(new Iri($"{request.Scheme}://{request.Host}{request.PathBase}{QueryEndpoint.Path}"), context.Options);
        return StreamingBody.Write(http, mediaType, w => QueryEndpoint.WriteGraph(w, mediaType, triples));
    }

    internal static List<Triple> Describe(Iri endpoint, ServerOptions options)
    {
        var service = new BlankNode("service");
        var dataset = new BlankNode("dataset");
        var defaultGraph = new BlankNode("defaultGraph");
        var triples = new List<Triple>
        {
            new(service, Vocab.Rdf.Type, Term("Service")),
            new(service, Term("endpoint"), endpoint),
            new(service, Term("supportedLanguage"), Term("SPARQL11Query")),
        };
        if (options.Writable)
        {
            triples.Add(new(service, Term("supportedLanguage"), Term("SPARQL11Update")));
        }

        triples.AddRange(ResultFormats.Select(f => new Triple(service, Term("resultFormat"), new Iri(Formats + f))));
        if (options.UnionDefaultGraph)
        {
            triples.Add(new(service, Term("feature"), Term("UnionDefaultGraph")));
        }

        if (options.AllowedServices.Count > 0)
        {
            triples.Add(new(service, Term("feature"), Term("BasicFederatedQuery")));
        }

        triples.Add(new(service, Term("defaultDataset"), dataset));
        triples.Add(new(dataset, Vocab.Rdf.Type, Term("Dataset")));
        triples.Add(new(dataset, Term("defaultGraph"), defaultGraph));
        triples.Add(new(defaultGraph, Vocab.Rdf.Type, Term("Graph")));
        return triples;
    }

    private static Iri Term(string local) => new(Sd + local);
}
