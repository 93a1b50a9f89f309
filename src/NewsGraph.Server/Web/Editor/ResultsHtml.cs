using NewsGraph.Server.Web.Html;
using NewsGraph.Sparql;

namespace NewsGraph.Server.Web.Editor;

/// <summary>A query's result as HTML: a table of solutions or triples, or the answer of an ASK.</summary>
internal static class ResultsHtml
{
    /// <summary>Beyond this many rows the page says so instead of growing without end.</summary>
    public const int MaxRows = 1000;

    public static void Write(HtmlBuilder html, QueryResult result)
    {
        switch (result)
        {
            case SolutionsResult solutions:
                WriteTable(html, solutions.Variables.Select(v => "?" + v).ToList(), solutions.Rows);
                break;
            case BooleanResult boolean:
                html.Raw("<p class=\"ask\" id=\"results\">").Text(boolean.Value ? "yes (true)" : "no (false)").Raw("</p>");
                break;
            case GraphResult graph:
                WriteTable(html, ["subject", "predicate", "object"], graph.Triples.Select(t => new Term?[] { t.Subject, t.Predicate, t.Obj }));
                break;
        }
    }

    private static void WriteTable(HtmlBuilder html, IReadOnlyList<string> headings, IEnumerable<Term?[]> rows)
    {
        var body = new HtmlBuilder();
        var count = 0;
        var more = false;
        foreach (var row in rows)
        {
            if (count == MaxRows)
            {
                more = true;
                break;
            }

            body.Raw("<tr>");
            foreach (var term in row)
            {
                body.Raw("<td>");
                TermHtml.Write(body, term);
                body.Raw("</td>");
            }

            body.Raw("</tr>\n");
            count++;
        }

        html.Raw("<p class=\"count\">").Text(more ? $"The first {MaxRows} results (add a LIMIT, or use /sparql for all of them)" : Count(count)).Raw("</p>");
        html.Raw("<div class=\"scroll\"><table id=\"results\"><thead><tr>");
        foreach (var heading in headings)
        {
            html.Raw("<th>").Text(heading).Raw("</th>");
        }

        html.Raw("</tr></thead><tbody>\n").Raw(body.ToString()).Raw("</tbody></table></div>");
    }

    private static string Count(int n) => n == 1 ? "1 result" : $"{n} results";
}
