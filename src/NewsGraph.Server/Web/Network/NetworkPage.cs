using NewsGraph.Server.Web.Data;
using NewsGraph.Server.Web.Html;

namespace NewsGraph.Server.Web.Network;

/// <summary>/network?from=&amp;to=: the network of states and leaders as SVG, with a period filter and the list of its links.</summary>
internal static class NetworkPage
{
    public static WebResponse Render(PageQueries queries, string? fromText, string? toText, CancellationToken cancellation)
    {
        var html = new HtmlBuilder();
        html.Raw("<h1>Who visited, met or called whom</h1>");
        html.Raw("<form method=\"get\" action=\"/network\" class=\"period\" id=\"period\"><label>From <input name=\"from\" placeholder=\"YYYY[-MM[-DD]]\" value=\"")
            .Text(fromText).Raw("\"></label> <label>to <input name=\"to\" placeholder=\"YYYY[-MM[-DD]]\" value=\"").Text(toText)
            .Raw("\"></label> <button type=\"submit\">Show</button> <a href=\"/network\">all periods</a></form>");

        var from = ParseBound(fromText, "from", html);
        var to = ParseBound(toText, "to", html);
        if (from is { Valid: false } || to is { Valid: false })
        {
            return new WebResponse(Layout.Page("Network", html), 400);
        }

        var graph = NetworkGraph.Load(queries, from?.Date, to?.Date, cancellation);
        html.Raw("<p class=\"count\" id=\"network-count\">").Text($"{graph.Nodes.Count} states and persons, {graph.Edges.Count} links from {graph.EventCount} events")
            .Text(from is not null || to is not null ? " in this period (undated events are left out)." : ".").Raw("</p>");
        html.Raw("<p class=\"legend\"><span class=\"key state\"></span> state <span class=\"key person\"></span> person ")
            .Raw("<span class=\"key visit\"></span> visit (arrow: visitor → host) <span class=\"key meeting\"></span> meeting ")
            .Raw("<span class=\"key phonecall\"></span> call <span class=\"key tie\"></span> holds office of</p>");
        if (graph.Nodes.Count == 0)
        {
            html.Raw("<p class=\"empty\">No visit, meeting or call between states or persons in this period.</p>");
            return new WebResponse(Layout.Page("Network", html));
        }

        html.Raw("<div class=\"svg-frame\">");
        NetworkSvg.Write(html, graph);
        html.Raw("</div><details class=\"edge-list\"><summary>").Text($"The {graph.Edges.Count} links, most events first")
            .Raw("</summary><ul id=\"edge-list\">");
        foreach (var edge in graph.Edges.OrderByDescending(e => e.Events))
        {
            html.Raw("<li class=\"").Text(edge.Kind.ToLowerInvariant()).Raw("\">").Text(NetworkSvg.Describe(edge, graph)).Raw("</li>");
        }

        html.Raw("</ul></details>");
        return new WebResponse(Layout.Page("Network", html));
    }

    /// <summary>A bound of the period; invalid text is reported on the page.</summary>
    private static (bool Valid, PartialDate? Date)? ParseBound(string? text, string name, HtmlBuilder html)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (PartialDate.TryParse(text, out var date))
        {
            return (true, date);
        }

        html.Raw("<p class=\"error\" id=\"error\">").Text($"'{text}' is not a date for \"{name}\": write a year (2023), a month (2023-12) or a day (2023-12-03).").Raw("</p>");
        return (false, null);
    }
}
