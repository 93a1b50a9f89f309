using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using NewsGraph.Extraction.Dates;

namespace NewsGraph.Extraction.Articles;

/// <summary>An HTML page's article, metadata first from the page's own meta tags.</summary>
internal sealed record HtmlParts(PageParts Page, string? Language, string? Url);

/// <summary>
/// Reads a news page in HTML: the <c>&lt;article&gt;</c> (else <c>&lt;main&gt;</c>, else the body) without
/// navigation, asides, scripts and share/related blocks (<c>html-tag</c>, <c>html-class</c> in
/// <c>furniture.tsv</c>); headline from og:title or <c>&lt;h1&gt;</c>; date from
/// <c>article:published_time</c> or <c>&lt;time datetime&gt;</c>; outlet from og:site_name.
/// The text then goes through the same line cleaning as a plain-text page.
/// </summary>
internal static class HtmlPage
{
    private static readonly HtmlParser Parser = new();
    private static readonly DateFinder Dates = new();
    private const string BlockSelector = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

    public static HtmlParts Parse(string html)
    {
        using var document = Parser.ParseDocument(html);
        var title = Meta(document, "og:title") ?? Text(document.QuerySelector("h1")) ?? Text(document.QuerySelector("title"));
        var published = ParseDate(Meta(document, "article:published_time"))
                        ?? ParseDate(Meta(document, "date") ?? Meta(document, "pubdate") ?? Meta(document, "publish-date"))
                        ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        var outlet = Meta(document, "og:site_name");
        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        var language = document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang ? lang.Split('-')[0].ToLowerInvariant() : null;

        var root = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        var lines = new List<string>();
        if (root is not null)
        {
            RemoveFurniture(root);
            foreach (var block in root.QuerySelectorAll(BlockSelector))
            {
                // A list item or quote holding paragraphs is read through those paragraphs.
                if (block.QuerySelector(BlockSelector) is not null)
                    continue;
                if (Text(block) is { } line)
                    lines.Add(line);
            }
            if (lines.Count == 0)
                lines.AddRange(root.TextContent.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        }
        var page = PlainTextPage.Parse(string.Join('\n', lines), title);
        return new HtmlParts(page with { Published = published ?? page.Published, Outlet = outlet ?? page.Outlet }, language, url);
    }

    private static void RemoveFurniture(IElement root)
    {
        var furniture = Furniture.Default;
        var doomed = new List<IElement>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (furniture.HtmlTags.Contains(element.LocalName) || MarkedAsFurniture(element, furniture.HtmlClasses))
                doomed.Add(element);
        }
        foreach (var element in doomed)
            element.Remove();
    }

    private static bool MarkedAsFurniture(IElement element, List<string> words)
    {
        var names = ((element.ClassName ?? "") + " " + (element.Id ?? "")).ToLowerInvariant();
        if (names.Length == 1)
            return false;
        foreach (var word in words)
        {
            if (names.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static string? Meta(IDocument document, string name) =>
        (document.QuerySelector($"meta[property='{name}']") ?? document.QuerySelector($"meta[name='{name}']"))?.GetAttribute("content") is { } content
        && content.Trim().Length > 0 ? content.Trim() : null;

    private static string? Text(IElement? element) =>
        element?.TextContent is { } text && text.Trim().Length > 0 ? string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;

    /// <summary>A publication timestamp ("2024-11-13T06:06:00+02:00", "Tue, 16 Oct 2018 19:13:09 GMT") as a date.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
            return null;
        foreach (var mention in Dates.Find(value, null, null))
        {
            if (mention.Value is { Precision: DatePrecision.Day } d && mention.End is null)
                return new DateOnly(d.Year, d.Month!.Value, d.Day!.Value);
        }
        return null;
    }
}
