using System.Globalization;
using NewsGraph.Server.Web.Data;
using NewsGraph.Server.Web.Html;

namespace NewsGraph.Server.Web.Network;

/// <summary>
/// Draws the network as inline SVG: states as squares, persons as circles, visits as arrows from
/// visitor to host, meetings and calls as lines (thicker for more events), leaders tied to their
/// states by a faint dashed line. Every node links to its entity page; hovering shows the dates.
/// </summary>
internal static class NetworkSvg
{
    private const double Width = 1100;
    private const double Height = 720;
    private const double Margin = 30;

    /// <summary>Labels are written to the right of their node: keep room for them.</summary>
    private const double LabelRoom = 150;

    public static void Write(HtmlBuilder html, NetworkGraph graph)
    {
        var index = graph.Nodes.Select((n, i) => (n.Iri, i)).ToDictionary(p => p.Iri, p => p.i);
        var links = graph.Edges.Select(e => (index[e.Source], index[e.Target], 1.0))
            .Concat(graph.Offices.Select(t => (index[t.Person], index[t.State], 1.5)))
            .ToList();
        var at = ForceLayout.Place(graph.Nodes.Count, links, Width - LabelRoom, Height, Margin);

        html.Raw($"<svg id=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"Network of states and leaders\">")
            .Raw("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"19\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">")
            .Raw("<path d=\"M0,0 L10,5 L0,10 z\" class=\"arrowhead\"/></marker></defs><g class=\"ties\">");
        foreach (var (person, state) in graph.Offices)
        {
            Line(html, "tie", at[index[person]], at[index[state]]).Raw("/>");
        }

        html.Raw("</g><g class=\"edges\">");
        foreach (var edge in graph.Edges)
        {
            var width = Math.Min(1.5 + edge.Events, 7).ToString("0.#", CultureInfo.InvariantCulture);
            Line(html, "edge " + edge.Kind.ToLowerInvariant(), at[index[edge.Source]], at[index[edge.Target]])
                .Raw(" stroke-width=\"").Raw(width).Raw("\"")
                .Raw(" data-kind=\"").Text(edge.Kind).Raw("\" data-source=\"").Text(edge.Source.Value)
                .Raw("\" data-target=\"").Text(edge.Target.Value).Raw("\"")
                .Raw(edge.Kind == "Visit" ? " marker-end=\"url(#arrow)\"" : string.Empty)
                .Raw("><title>").Text(Describe(edge, graph)).Raw("</title></line>");
        }

        html.Raw("</g><g class=\"nodes\">");
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            var (x, y) = at[i];
            html.Raw("<a href=\"").Text(EntityIris.PagePath(node.Iri.Value) ?? node.Iri.Value).Raw("\">")
                .Raw("<g class=\"node ").Raw(node.IsState ? "state" : "person").Raw("\" data-iri=\"").Text(node.Iri.Value)
                .Raw("\" transform=\"translate(").Raw(Number(x)).Raw(",").Raw(Number(y)).Raw(")\">")
                .Raw(node.IsState ? "<rect x=\"-8\" y=\"-8\" width=\"16\" height=\"16\" rx=\"2\"/>" : "<circle r=\"7\"/>")
                .Raw("<text x=\"11\" y=\"4\">").Text(node.Name).Raw("</text><title>").Text(node.Name).Raw("</title></g></a>");
        }

        html.Raw("</g></svg>");
    }

    /// <summary>"Vladimir Putin met Xi Jinping: 2 events (2023, 2024-12-10)".</summary>
    public static string Describe(NetworkEdge edge, NetworkGraph graph)
    {
        var verb = edge.Kind switch
        {
            "Visit" => "visited",
            "PhoneCall" => "called",
            _ => "met",
        };
        var dates = edge.Dates.Count > 0 ? $" ({string.Join(", ", edge.Dates)})" : string.Empty;
        var times = edge.Events == 1 ? "1 event" : $"{edge.Events} events";
        return $"{Name(graph, edge.Source)} {verb} {Name(graph, edge.Target)}: {times}{dates}";
    }

    private static string Name(NetworkGraph graph, Iri iri) => graph.Nodes.First(n => n.Iri.Equals(iri)).Name;

    private static HtmlBuilder Line(HtmlBuilder html, string cssClass, (double X, double Y) a, (double X, double Y) b) =>
        html.Raw("<line class=\"").Raw(cssClass).Raw("\" x1=\"").Raw(Number(a.X)).Raw("\" y1=\"").Raw(Number(a.Y))
            .Raw("\" x2=\"").Raw(Number(b.X)).Raw("\" y2=\"").Raw(Number(b.Y)).Raw("\"");

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
