using NewsGraph.Rdf.Syntax;
using NewsGraph.Server.Http;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Protocol query operation at <c>/sparql</c>: GET with <c>?query=</c>, POST as a form
/// or as <c>application/sparql-query</c>, with <c>default-graph-uri</c> and <c>named-graph-uri</c>.
/// A GET without a query answers the service description.
/// </summary>
internal static class QueryEndpoint
{
    public const string Path = "/sparql";

    private const string DirectType = "application/sparql-query";

    public static void Map(WebApplication app, ServerContext context) =>
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], Problems.Guard(http => Handle(http, context)));

    private static async Task Handle(HttpContext http, ServerContext context)
    {
        var request = await ProtocolRequest.Read(http.Request, "query", DirectType, ("default-graph-uri", "named-graph-uri"));
        if (request.Text is null)
        {
            if (!HttpMethods.IsGet(http.Request.Method))
            {
                throw ProtocolException.BadRequest($"no query: send query=... as a form field, or the query itself as {DirectType}");
            }

            await ServiceDescription.Write(http, context);
            return;
        }

        var query = QueryRunner.Parse(request.Text);
        var graphs = query.Form is QueryForm.Construct or QueryForm.Describe;
        var offered = graphs ? ResponseFormats.Graphs : ResponseFormats.Results;
        var mediaType = Negotiate(http, offered, graphs ? "a graph (CONSTRUCT or DESCRIBE)" : $"{query.Form.ToString().ToUpperInvariant()} results");
        using var lease = context.Queries.Run(query, Dataset(request), http.RequestAborted);
        switch (lease.Result)
        {
            case SolutionsResult solutions:
                var started = new SolutionsResult(solutions.Variables, StreamingBody.StartEarly(solutions.Rows));
                await StreamingBody.Write(http, mediaType, w => SparqlResultsWriter.Write(w, started, ResponseFormats.ResultsFormatOf(mediaType)));
                break;
            case BooleanResult boolean:
                await StreamingBody.Write(http, mediaType, w => SparqlResultsWriter.Write(w, boolean, ResponseFormats.ResultsFormatOf(mediaType)));
                break;
            case GraphResult graph:
                var triples = StreamingBody.StartEarly(graph.Triples);
                await StreamingBody.Write(http, mediaType, w => WriteGraph(w, mediaType, triples));
                break;
        }
    }

    /// <summary>The response type for what the request accepts, or 406 naming what the endpoint can write.</summary>
    internal static string Negotiate(HttpContext http, IReadOnlyList<string> offered, string what)
    {
        var accept = http.Request.Headers.Accept.ToString();
        return MediaTypeNegotiation.Choose(accept, offered)
            ?? throw new ProtocolException(
                StatusCodes.Status406NotAcceptable,
                $"cannot write {what} as any of '{accept}'; available: {string.Join(", ", offered)}");
    }

    internal static void WriteGraph(TextWriter output, string mediaType, IEnumerable<Triple> triples)
    {
        ResponseFormats.TryRdfFormatOf(mediaType, out var format);
        using var writer = RdfWriter.Create(output, format, new RdfWriterOptions { LeaveOpen = true });
        foreach (var t in triples)
        {
            writer.Write(t);
        }
    }

    /// <summary>The protocol's dataset: given at all, it replaces the query's FROM and FROM NAMED (an absent half is empty).</summary>
    private static QueryDataset? Dataset(ProtocolRequest request) =>
        request.DefaultGraphs.Count == 0 && request.NamedGraphs.Count == 0
            ? null
            : new QueryDataset([.. request.DefaultGraphs.Select(g => new Iri(g))], [.. request.NamedGraphs.Select(g => new Iri(g))]);
}
