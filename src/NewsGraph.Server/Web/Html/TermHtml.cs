using NewsGraph.Server.Web.Data;

namespace NewsGraph.Server.Web.Html;

/// <summary>
/// Writes RDF terms for people: entity IRIs link to their page, other NewsGraph IRIs to their
/// description in the editor, other web IRIs to themselves,
/// IRIs are shortened by the usual prefixes, literals show their language or datatype.
/// </summary>
internal static class TermHtml
{
    private const string OwnIds = "https://w3id.org/newsgraph/id/";
    private static readonly PrefixMap Prefixes = CreatePrefixes();

    public static void Write(HtmlBuilder html, Term? term, string? label = null)
    {
        switch (term)
        {
            case null:
                break;
            case Iri iri:
                WriteIri(html, iri.Value, label);
                break;
            case Literal literal:
                WriteLiteral(html, literal);
                break;
            default:
                html.Raw("<span class=\"bnode\">").Text(term.ToString()).Raw("</span>");
                break;
        }
    }

    public static void WriteIri(HtmlBuilder html, string iri, string? label = null)
    {
        var text = label ?? Compact(iri);
        if (EntityIris.PagePath(iri) is { } page)
        {
            html.Link(page, text, "entity");
        }
        else if (iri.StartsWith(OwnIds, StringComparison.Ordinal))
        {
            // Articles, events and statements have no page of their own (and w3id does not resolve
            // them): the editor describes them instead.
            html.Link("/?query=" + Uri.EscapeDataString("DESCRIBE " + NTriplesText.Iri(iri)), text);
        }
        else if (iri.StartsWith("http://", StringComparison.Ordinal) || iri.StartsWith("https://", StringComparison.Ordinal))
        {
            html.Raw("<a rel=\"external\" href=\"").Text(iri).Raw("\">").Text(text).Raw("</a>");
        }
        else
        {
            html.Text(text);
        }
    }

    /// <summary>A literal's text in its own direction (Arabic and Hebrew read right to left).</summary>
    public static void WriteLiteral(HtmlBuilder html, Literal literal)
    {
        html.Raw("<span dir=\"auto\"");
        if (literal.Language is { } language)
        {
            html.Raw(" lang=\"").Text(language).Raw("\"");
        }

        html.Raw(">").Text(literal.Lexical).Raw("</span>");
        if (literal.Language is { } tag)
        {
            html.Raw(" <span class=\"tag\">").Text(tag).Raw("</span>");
        }
        else if (!literal.IsSimple)
        {
            html.Raw(" <span class=\"tag\">").Text(Compact(literal.Datatype.Value)).Raw("</span>");
        }
    }

    /// <summary>prefix:name when a known namespace matches, else the IRI itself.</summary>
    public static string Compact(string iri) =>
        Prefixes.TryCompact(iri, out var prefix, out var local) && local.Length > 0 ? prefix + ":" + local : iri;

    private static PrefixMap CreatePrefixes()
    {
        var map = PrefixMap.Common();
        map.Set("ng", "https://w3id.org/newsgraph/ontology#");
        map.Set("entity", EntityIris.Namespace);
        map.Set("event", "https://w3id.org/newsgraph/id/event/");
        map.Set("statement", "https://w3id.org/newsgraph/id/statement/");
        map.Set("article", "https://w3id.org/newsgraph/id/article/");
        map.Set("skos", "http://www.w3.org/2004/02/skos/core#");
        map.Set("dcterms", "http://purl.org/dc/terms/");
        map.Set("schema", "https://schema.org/");
        map.Set("wd", "http://www.wikidata.org/entity/");
        map.Set("dbr", "http://dbpedia.org/resource/");
        return map;
    }
}
