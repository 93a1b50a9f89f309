using NewsGraph.Server.Web.Data;
using NewsGraph.Server.Web.Editor;
using NewsGraph.Server.Web.Entity;
using NewsGraph.Server.Web.Network;

namespace NewsGraph.Server.Web;

/// <summary>
/// The human pages, rendered on the server from SPARQL run through the server's query runner:
/// the SPARQL editor with examples and a results table (/), a page per entity (/entity/{slug}),
/// and the network of states and leaders (/network?from=&amp;to=). Style and script are embedded.
/// </summary>
public static class WebPages
{
    public static void Map(WebApplication app, ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(context);
        var queries = new PageQueries(context.Queries);
        app.MapGet("/", (HttpRequest request, CancellationToken cancellation) =>
            Page(EditorPage.Render(context, request.Query["query"], request.Query["example"], cancellation)));
        app.MapGet(EntityIris.PagePrefix + "{**slug}", (string? slug, CancellationToken cancellation) =>
            Page(EntityPage.Render(queries, slug, cancellation)));
        app.MapGet("/network", (HttpRequest request, CancellationToken cancellation) =>
            Page(NetworkPage.Render(queries, request.Query["from"], request.Query["to"], cancellation)));
        app.MapGet("/assets/{name}", (string name) => WebAssets.Serve(name));
    }

    private static IResult Page(WebResponse response) =>
        Results.Content(response.Html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, response.Status);
}
