using NewsGraph.Server.Web.Html;
using NewsGraph.Sparql;

namespace NewsGraph.Server.Web.Editor;

/// <summary>
/// The front page: a SPARQL editor, the example queries, and the results of the query it was
/// given (run through the server's query runner, like /sparql).
/// </summary>
internal static class EditorPage
{
    public static WebResponse Render(ServerContext context, string? query, string? exampleId, CancellationToken cancellation)
    {
        var example = ExampleQuery.Find(exampleId);
        var text = query ?? example?.Text;
        var html = new HtmlBuilder();
        html.Raw("<h1>Ask the news graph</h1>");
        html.Raw("<p class=\"lead\">Visits, meetings, calls and statements read from the news, as RDF. ")
            .Raw("Write SPARQL 1.1 below or start from an example; names link to entity pages.</p>");
        html.Raw("<div class=\"editor-layout\"><form method=\"get\" action=\"/\" id=\"editor\">")
            .Raw("<textarea name=\"query\" id=\"query\" spellcheck=\"false\" rows=\"16\" aria-label=\"SPARQL query\">")
            .Text(text ?? ExampleQuery.All.FirstOrDefault()?.Text ?? string.Empty)
            .Raw("</textarea><div class=\"actions\"><button type=\"submit\" id=\"run\">Run query</button>")
            .Raw("<span class=\"hint\">Ctrl+Enter runs it</span></div></form>");
        WriteExamples(html, example);
        html.Raw("</div>");

        var status = 200;
        if (text is not null)
        {
            html.Raw("<section class=\"results\"><h2>Results</h2>");
            status = WriteResults(html, context, text, cancellation);
            html.Raw("</section>");
        }

        return new WebResponse(Layout.Page(example?.Title ?? "SPARQL", html), status);
    }

    private static void WriteExamples(HtmlBuilder html, ExampleQuery? current)
    {
        html.Raw("<aside class=\"examples\"><h2>Examples</h2><ul>");
        foreach (var example in ExampleQuery.All)
        {
            html.Raw(example == current ? "<li class=\"current\">" : "<li>")
                .Link("/?example=" + Uri.EscapeDataString(example.Id), example.Title)
                .Raw("<small>").Text(example.Description).Raw("</small></li>");
        }

        html.Raw("</ul></aside>");
    }

    /// <summary>Writes the results, or what went wrong; returns the HTTP status that says which.</summary>
    private static int WriteResults(HtmlBuilder html, ServerContext context, string text, CancellationToken cancellation)
    {
        try
        {
            using var lease = context.Queries.Run(text, cancellation);
            var body = new HtmlBuilder();
            ResultsHtml.Write(body, lease.Result);
            html.Raw(body.ToString());
            return 200;
        }
        catch (SparqlSyntaxException e)
        {
            return Error(html, "This is not valid SPARQL: " + e.Message, 400);
        }
        catch (SparqlTimeoutException e)
        {
            return Error(html, "The query was stopped: " + e.Message, 503);
        }
        catch (SparqlLimitException e)
        {
            return Error(html, "The query was stopped: " + e.Message, 503);
        }
    }

    private static int Error(HtmlBuilder html, string message, int status)
    {
        html.Raw("<p class=\"error\" id=\"error\">").Text(message).Raw("</p>");
        return status;
    }
}
