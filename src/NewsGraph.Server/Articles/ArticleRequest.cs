using System.Globalization;
using System.Text.Json;
using NewsGraph.Extraction;
using NewsGraph.Extraction.Articles;
using NewsGraph.Server.Http;

namespace NewsGraph.Server.Articles;

/// <summary>
/// The articles in a <c>POST /articles</c> body: one plain-text or HTML page (<c>?id=</c> required,
/// <c>?lang=</c> and <c>?published=YYYY-MM-DD</c> optional), or JSON (one article object, or JSON
/// lines with one object per line, as <c>ingest</c> reads from .jsonl files).
/// </summary>
internal static class ArticleRequest
{
    public const string Source = "POST /articles";

    private static readonly string[] JsonLineTypes = ["application/x-ndjson", "application/jsonl", "application/json-lines"];

    public static async Task<(List<Article> Articles, IReadOnlyList<ArticleReadError> Errors)> Read(HttpRequest request)
    {
        var contentType = (request.ContentType ?? string.Empty).Split(';')[0].Trim().ToLowerInvariant();
        using var text = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var body = await text.ReadToEndAsync(request.HttpContext.RequestAborted);
        switch (contentType)
        {
            case "text/plain":
                return ([Overridden(ArticleReader.FromText(RequiredId(request), body, Source), request)], []);
            case "text/html":
                return ([Overridden(ArticleReader.FromHtml(RequiredId(request), body, Source), request)], []);
            case "application/json" when IsOneObject(body):
                return FromJsonLines([body.ReplaceLineEndings(" ")]);
            case "application/json":
            case var t when JsonLineTypes.Contains(t):
                return FromJsonLines(body.Split('\n'));
            default:
                throw new ProtocolException(
                    StatusCodes.Status415UnsupportedMediaType,
                    $"cannot read articles from '{(contentType.Length == 0 ? "no content type" : contentType)}'; send text/plain or text/html (with ?id=), application/json (one object) or JSON lines ({string.Join(", ", JsonLineTypes)})");
        }
    }

    /// <summary>Articles from JSON lines; a line without an id is named by its content hash, so that posting it again is recognised.</summary>
    private static (List<Article>, IReadOnlyList<ArticleReadError>) FromJsonLines(IEnumerable<string> lines)
    {
        var reader = new ArticleReader();
        var articles = new List<Article>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fallbackId = "article-" + ExtractionPipeline.ContentHash(line)[..16];
            if (reader.ReadJsonLine(line, $"{Source}:{number}", fallbackId) is { } article)
            {
                articles.Add(article);
            }
        }

        return (articles, reader.Errors);
    }

    private static bool IsOneObject(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string RequiredId(HttpRequest request) =>
        request.Query["id"].ToString() is { Length: > 0 } id
            ? id
            : throw ProtocolException.BadRequest("a text/plain or text/html article needs ?id=ID (the id names its graph; the same id again replaces it)");

    private static Article Overridden(Article article, HttpRequest request)
    {
        if (request.Query["lang"].ToString() is { Length: > 0 } lang)
        {
            article = article with { Language = lang.ToLowerInvariant() };
        }

        if (request.Query["published"].ToString() is { Length: > 0 } published)
        {
            article = article with
            {
                Published = DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date
                    : throw ProtocolException.BadRequest($"published '{published}' is not a date (YYYY-MM-DD)"),
            };
        }

        return article;
    }
}
