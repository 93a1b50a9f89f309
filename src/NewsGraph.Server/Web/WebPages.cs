namespace NewsGraph.Server.Web;

/// <summary>
/// The human pages (SPARQL editor, entity pages, network view). This stub maps nothing; the web
/// part of the server replaces it, so that the protocol endpoints and the pages land independently.
/// </summary>
public static class WebPages
{
    public static void Map(WebApplication app, ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(context);
    }
}
