using System.Text.Json;

namespace NewsGraph.Extraction.Articles;

/// <summary>
/// Turns input files into <see cref="Article"/>s: <c>.txt</c> (a page saved as text), <c>.html</c>/<c>.htm</c>,
/// and <c>.jsonl</c>/<c>.ndjson</c> (one object per line: <c>id, url, title, published, text, lang</c>).
/// A <c>SOURCES.tsv</c> beside the file supplies outlet and publication date when it has them.
/// </summary>
/// <remarks>
/// Errors do not stop reading: a JSON line that does not parse or lacks its text, or a file that cannot
/// be read, is recorded in <see cref="Errors"/> (naming file and line) and reading goes on with the next
/// item. <see cref="Read"/> is lazy, so <see cref="Errors"/> is complete once its result has been enumerated.
/// </remarks>
public sealed class ArticleReader
{
    private readonly List<ArticleReadError> _errors = [];
    private readonly Dictionary<string, Dictionary<string, SidecarRow>> _sidecars = new(StringComparer.Ordinal);

    public IReadOnlyList<ArticleReadError> Errors => _errors;

    public IEnumerable<Article> Read(string path)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".jsonl" or ".ndjson")
            return ReadJsonLines(path);
        return ReadPage(path, extension);
    }

    /// <summary>An article from text already in memory, read as a plain-text page (no sidecar metadata).</summary>
    public static Article FromText(string id, string text, string source)
    {
        var page = PlainTextPage.Parse(text);
        return new Article(id, LanguageGuesser.Default.Guess(page.Text), page.Title, page.Published, page.Outlet, null, page.Text, source);
    }

    /// <summary>An article from an HTML page already in memory (no sidecar metadata).</summary>
    public static Article FromHtml(string id, string html, string source)
    {
        var parts = HtmlPage.Parse(html);
        return new Article(id, parts.Language ?? LanguageGuesser.Default.Guess(parts.Page.Text), parts.Page.Title, parts.Page.Published,
            parts.Page.Outlet, parts.Url, parts.Page.Text, source);
    }

    private IEnumerable<Article> ReadPage(string path, string extension)
    {
        string content;
        try
        {
            content = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new ArticleReadError(path, e.Message));
            yield break;
        }
        var id = Path.GetFileNameWithoutExtension(path);
        Article article;
        if (extension is ".html" or ".htm")
            article = FromHtml(id, content, path);
        else
            article = FromText(id, content, path);
        yield return WithSidecar(article, path);
    }

    /// <summary>Sidecar values win: they are the corpus' own record of where and when the page appeared.</summary>
    private Article WithSidecar(Article article, string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        if (!_sidecars.TryGetValue(directory, out var rows))
            _sidecars[directory] = rows = SidecarMetadata.Load(directory);
        if (!rows.TryGetValue(article.Id, out var row))
            return article;
        return article with
        {
            Published = row.Published ?? article.Published,
            Outlet = row.Outlet ?? article.Outlet,
            Language = row.Language ?? article.Language,
            Url = article.Url ?? row.Url,
        };
    }

    private IEnumerable<Article> ReadJsonLines(string path)
    {
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _errors.Add(new ArticleReadError(path, e.Message));
            yield break;
        }
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            var source = $"{path}:{number}";
            var article = ReadJsonLine(line, source, $"{Path.GetFileNameWithoutExtension(path)}-{number}");
            if (article is not null)
                yield return article;
        }
    }

    /// <summary>One JSON line (an object with <c>id, url, title, published, text, lang</c>); null, with the reason in <see cref="Errors"/>, if it is not usable.</summary>
    public Article? ReadJsonLine(string line, string source, string fallbackId)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                _errors.Add(new ArticleReadError(source, "expected a JSON object"));
                return null;
            }
            var text = StringField(root, "text");
            if (text is null)
            {
                _errors.Add(new ArticleReadError(source, "no \"text\" string"));
                return null;
            }
            var title = StringField(root, "title");
            var page = PlainTextPage.Parse(text, title);
            var publishedText = StringField(root, "published");
            var published = HtmlPage.ParseDate(publishedText);
            if (publishedText is not null && published is null)
                _errors.Add(new ArticleReadError(source, $"\"published\" is not a date: {publishedText}; read without it"));
            return new Article(
                StringField(root, "id") ?? fallbackId,
                StringField(root, "lang") ?? LanguageGuesser.Default.Guess(page.Text),
                page.Title,
                published ?? page.Published,
                StringField(root, "outlet") ?? page.Outlet,
                StringField(root, "url"),
                page.Text,
                source);
        }
        catch (JsonException e)
        {
            _errors.Add(new ArticleReadError(source, $"not valid JSON: {e.Message}"));
            return null;
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
