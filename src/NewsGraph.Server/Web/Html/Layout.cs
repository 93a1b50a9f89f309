namespace NewsGraph.Server.Web.Html;

/// <summary>The frame every page shares: head, navigation, the style sheet and the page script.</summary>
internal static class Layout
{
    public static string Page(string title, HtmlBuilder body)
    {
        var page = new HtmlBuilder()
            .Raw("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · NewsGraph</title>")
            .Raw("<link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body>")
            .Raw("<header><a class=\"brand\" href=\"/\">NewsGraph</a><nav>")
            .Raw("<a href=\"/\">Query</a><a href=\"/network\">Network</a><a href=\"/sparql\">SPARQL endpoint</a>")
            .Raw("</nav></header><main>")
            .Raw(body.ToString())
            .Raw("</main><script src=\"/assets/page.js\"></script></body></html>\n");
        return page.ToString();
    }
}
