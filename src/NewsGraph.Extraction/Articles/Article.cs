namespace NewsGraph.Extraction.Articles;

/// <summary>
/// One news article after the page around it was removed: what every later stage reads.
/// </summary>
/// <param name="Id">The identifier: the input file's name without its extension, or the JSON line's <c>id</c>.</param>
/// <param name="Language">BCP 47 primary tag: "ar", "he", "en", "ru"…</param>
/// <param name="Title">The headline, when one was found (it is also the first line of <paramref name="Text"/>).</param>
/// <param name="Published">The publication date, when the page states it.</param>
/// <param name="Outlet">The outlet's name, when known.</param>
/// <param name="Url">The page's address, when known.</param>
/// <param name="Text">The article's own text: headline, then the body paragraphs, one per line ('\n').
/// Offsets in provenance are offsets into this string.</param>
/// <param name="Source">Where it was read from (a path, with ":line" for JSON lines).</param>
public sealed record Article(
    string Id,
    string Language,
    string? Title,
    DateOnly? Published,
    string? Outlet,
    string? Url,
    string Text,
    string Source);
