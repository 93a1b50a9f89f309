using NewsGraph.Server.Web.Data;
using NewsGraph.Server.Web.Html;

namespace NewsGraph.Server.Web.Entity;

/// <summary>
/// /entity/{slug}: an entity's names in every language, type, offices, links to Wikidata, DBpedia
/// and GeoNames, the events it took part in on a timeline, what it said, and the source sentences.
/// </summary>
internal static class EntityPage
{
    private const string SkosNs = "http://www.w3.org/2004/02/skos/core#";

    /// <summary>Where owl:sameAs targets point, by host, with the name shown for them.</summary>
    private static readonly (string Host, string Name)[] LinkSources =
        [("wikidata.org", "Wikidata"), ("dbpedia.org", "DBpedia"), ("geonames.org", "GeoNames")];

    public static WebResponse Render(PageQueries queries, string? slug, CancellationToken cancellation)
    {
        if (!EntityIris.TryFromSlug(slug, out var iri))
        {
            return NotFound(slug);
        }

        var facts = EntityFacts.Load(queries, iri, cancellation);
        if (!facts.Exists)
        {
            return NotFound(slug);
        }

        var html = new HtmlBuilder();
        html.Raw("<h1 id=\"entity-name\">").Text(facts.Name).Raw("</h1><p class=\"lead\">");
        var types = facts.Names.Where(r => r.Text("property")!.EndsWith("#type", StringComparison.Ordinal)).Select(r => TermNames.Local(r.Text("value"))).ToList();
        html.Raw("<span class=\"kind\">").Text(types.Count > 0 ? string.Join(", ", types) : "Entity").Raw("</span> <code>").Text(iri.Value).Raw("</code></p>");
        WriteNames(html, facts);
        WriteLinks(html, facts);
        WriteOffices(html, facts);
        WriteTimeline(html, facts);
        WriteStatements(html, facts);
        WriteArticles(html, facts);
        return new WebResponse(Layout.Page(facts.Name, html));
    }

    private static WebResponse NotFound(string? slug)
    {
        var html = new HtmlBuilder().Raw("<h1>Not in the graph</h1><p class=\"error\">No entity <code>")
            .Text(EntityIris.Namespace + slug).Raw("</code> is known. Try the <a href=\"/?example=06-most-mentioned\">most mentioned entities</a>.</p>");
        return new WebResponse(Layout.Page("Not found", html), 404);
    }

    private static void WriteNames(HtmlBuilder html, EntityFacts facts)
    {
        var labels = facts.Names.Where(r => r["value"] is Literal { Language: not null }).ToList();
        if (labels.Count == 0)
        {
            return;
        }

        html.Raw("<section><h2>Names</h2><table class=\"names\"><thead><tr><th>language</th><th>name</th><th>also</th><th>demonym</th></tr></thead><tbody>");
        foreach (var language in labels.GroupBy(r => ((Literal)r["value"]!).Language!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            string Join(Func<string, bool> property) =>
                string.Join(" · ", language.Where(r => property(r.Text("property")!)).Select(r => r.Text("value")).Distinct());
            html.Raw("<tr><td class=\"tag\">").Text(language.Key).Raw("</td><td dir=\"auto\" lang=\"").Text(language.Key).Raw("\">")
                .Text(Join(p => p == SkosNs + "prefLabel" || p.EndsWith("#label", StringComparison.Ordinal)))
                .Raw("</td><td dir=\"auto\" lang=\"").Text(language.Key).Raw("\">")
                .Text(Join(p => p == SkosNs + "altLabel" || p.EndsWith("#shortName", StringComparison.Ordinal)))
                .Raw("</td><td dir=\"auto\" lang=\"").Text(language.Key).Raw("\">")
                .Text(Join(p => p.EndsWith("#demonym", StringComparison.Ordinal)))
                .Raw("</td></tr>");
        }

        html.Raw("</tbody></table></section>");
    }

    private static void WriteLinks(HtmlBuilder html, EntityFacts facts)
    {
        if (facts.Links.Count == 0)
        {
            return;
        }

        html.Raw("<section><h2>Links</h2><ul class=\"links\" id=\"links\">");
        foreach (var row in facts.Links.OrderBy(r => r.Text("property"), StringComparer.Ordinal))
        {
            var target = row.Iri("target");
            if (target is null)
            {
                continue;
            }

            var property = row.Text("property")!;
            var name = property.EndsWith("#sameAs", StringComparison.Ordinal)
                ? LinkSources.FirstOrDefault(s => Uri.TryCreate(target.Value, UriKind.Absolute, out var u) && (u.Host == s.Host || u.Host.EndsWith("." + s.Host, StringComparison.Ordinal))).Name ?? "same as"
                : TermNames.Local(property);
            html.Raw("<li><span class=\"kind\">").Text(name).Raw("</span> ");
            TermHtml.WriteIri(html, target.Value, row.Text("targetName"));
            html.Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void WriteOffices(HtmlBuilder html, EntityFacts facts)
    {
        foreach (var (direction, heading) in new[] { ("holds", "Offices"), ("of", "Office holders") })
        {
            var rows = facts.Offices.Where(r => r.Text("direction") == direction)
                .OrderByDescending(r => r.Text("start") ?? string.Empty, StringComparer.Ordinal).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            html.Raw("<section><h2>").Text(heading).Raw("</h2><ul class=\"offices\">");
            foreach (var row in rows)
            {
                html.Raw("<li>");
                if (direction == "of")
                {
                    TermHtml.Write(html, row["holder"], row.Text("holderName"));
                    html.Raw(": ");
                }

                html.Text(row.Text("roleLabel") ?? TermNames.Local(row.Text("role")));
                if (direction == "holds" && row.Iri("of") is { } of)
                {
                    html.Raw(" (");
                    TermHtml.WriteIri(html, of.Value, row.Text("ofName"));
                    html.Raw(")");
                }

                if (row.Text("start") is not null || row.Text("end") is not null)
                {
                    html.Raw(" <span class=\"when\">").Text($"{row.Text("start")}–{row.Text("end")}").Raw("</span>");
                }

                html.Raw("</li>");
            }

            html.Raw("</ul></section>");
        }
    }

    private static void WriteTimeline(HtmlBuilder html, EntityFacts facts)
    {
        if (facts.Events.Count == 0)
        {
            return;
        }

        html.Raw("<section><h2>Events</h2>");
        TimelineSvg.Write(html, facts.Events);
        html.Raw("<ol class=\"timeline\" id=\"timeline\">");
        foreach (var e in facts.Events)
        {
            html.Raw("<li class=\"event ").Text(e.Kind.ToLowerInvariant()).Raw("\"><div class=\"when\">").Text(e.DateText ?? "undated").Raw("</div><div class=\"what\"><strong>")
                .Text(KindName(e.Kind)).Raw("</strong> <span class=\"role\">as ").Text(e.Role).Raw("</span>");
            if (e.Status is not null)
            {
                html.Raw(" <span class=\"status\">").Text(e.Status.ToLowerInvariant()).Raw("</span>");
            }

            if (e.Others.Count > 0)
            {
                html.Raw("<div class=\"with\">with ");
                for (var i = 0; i < e.Others.Count; i++)
                {
                    html.Raw(i > 0 ? ", " : string.Empty);
                    TermHtml.WriteIri(html, e.Others[i].Actor.Value, e.Others[i].Name);
                    html.Raw(e.Others[i].Role == "participant" ? string.Empty : $" <span class=\"role\">({e.Others[i].Role})</span>");
                }

                html.Raw("</div>");
            }

            if (e.Place is not null && e.Role != "place")
            {
                html.Raw("<div class=\"where\">in ");
                TermHtml.WriteIri(html, e.Place.Value, e.PlaceName);
                html.Raw("</div>");
            }

            WriteEvidence(html, e.Evidence);
            html.Raw("</div></li>");
        }

        html.Raw("</ol></section>");
    }

    private static void WriteStatements(HtmlBuilder html, EntityFacts facts)
    {
        if (facts.Statements.Count == 0)
        {
            return;
        }

        html.Raw("<section><h2>Said</h2><ul class=\"statements\" id=\"statements\">");
        foreach (var s in facts.Statements)
        {
            html.Raw("<li><blockquote>");
            TermHtml.WriteLiteral(html, s.Quote);
            html.Raw("</blockquote><span class=\"when\">").Text(s.Date?.Text).Raw("</span> <span class=\"kind\">")
                .Text(s.Direct == false ? "reported speech" : "quoted").Raw("</span>");
            WriteEvidence(html, s.Evidence);
            html.Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void WriteArticles(HtmlBuilder html, EntityFacts facts)
    {
        if (facts.Articles.Count == 0)
        {
            return;
        }

        html.Raw("<section><h2>Mentioned in</h2><ul class=\"articles\">");
        foreach (var article in facts.Articles)
        {
            html.Raw("<li>");
            WriteArticle(html, article);
            html.Raw("</li>");
        }

        html.Raw("</ul></section>");
    }

    private static void WriteEvidence(HtmlBuilder html, IReadOnlyList<Evidence> evidence)
    {
        foreach (var e in evidence)
        {
            // The sentence and its source on lines of their own, so right-to-left text does not reorder them.
            html.Raw("<div class=\"evidence\"><q dir=\"auto\" lang=\"").Text(e.Text.Language).Raw("\">").Text(e.Text.Lexical).Raw("</q>");
            if (e.Article is not null)
            {
                html.Raw("<div class=\"source\">");
                WriteArticle(html, e.Article);
                html.Raw("</div>");
            }

            html.Raw("</div>");
        }
    }

    private static void WriteArticle(HtmlBuilder html, ArticleRef article)
    {
        var title = article.Title?.Lexical ?? article.Identifier ?? TermNames.LastSegment(article.Iri);
        html.Raw("<cite dir=\"auto\">");
        if (article.Url is not null && Uri.TryCreate(article.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            html.Raw("<a rel=\"external\" href=\"").Text(article.Url).Raw("\">").Text(title).Raw("</a>");
        }
        else
        {
            html.Text(title);
        }

        html.Raw("</cite>");
        var details = string.Join(", ", new[] { article.Outlet, article.Issued, article.Identifier }.Where(d => !string.IsNullOrEmpty(d)));
        if (details.Length > 0)
        {
            html.Raw(" <span class=\"when\">").Text(details).Raw("</span>");
        }
    }

    public static string KindName(string kind) => kind switch
    {
        "PhoneCall" => "Phone call",
        _ => kind,
    };
}
