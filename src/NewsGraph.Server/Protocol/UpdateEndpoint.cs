using NewsGraph.Server.Http;
using NewsGraph.Sparql;

namespace NewsGraph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Protocol update operation at <c>/update</c>: POST as a form (<c>update=</c>) or as
/// <c>application/sparql-update</c>, one transaction per request, with the server's write token.
/// </summary>
internal static class UpdateEndpoint
{
    public const string Path = "/update";

    private const string DirectType = "application/sparql-update";

    public static void Map(WebApplication app, ServerContext context) =>
        app.MapPost(Path, Problems.Guard(http => Handle(http, context)));

    private static async Task Handle(HttpContext http, ServerContext context)
    {
        WriteAccess.Demand(http, context.Options);
        var request = await ProtocolRequest.Read(http.Request, "update", DirectType, ("using-graph-uri", "using-named-graph-uri"));
        if (request.Text is null)
        {
            throw ProtocolException.BadRequest($"no update: send update=... as a form field, or the update itself as {DirectType}");
        }

        if (request.DefaultGraphs.Count > 0 || request.NamedGraphs.Count > 0)
        {
            throw ProtocolException.BadRequest("using-graph-uri and using-named-graph-uri are not supported; write USING or WITH in the update itself");
        }

        var operations = SparqlEngine.ParseUpdate(request.Text);
        var options = new SparqlUpdateOptions { Timeout = context.Options.Timeout, Cancellation = http.RequestAborted };
        WriteTransaction.Run(context.Dataset, store =>
        {
            SparqlEngine.Update(store, operations, options);
            return true;
        });
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
