using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Facts;

namespace NewsGraph.Extraction.Tests.Facts;

/// <summary>Runs the whole extraction (shipped lexicon tables, the test gazetteer) on a text a test writes.</summary>
internal static class Extract
{
    private static readonly FactExtractor Extractor = new(TestGazetteer.World);

    public static Article Article(string text, string language, string? published = "2024-03-14", string id = "test-1") =>
        new(id, language, null, published is null ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, null, text, id + ".txt");

    public static ArticleFacts From(string text, string language, string? published = "2024-03-14") =>
        Extractor.Extract(Article(text, language, published));

    public static ArticleFacts From(Article article) => Extractor.Extract(article);

    /// <summary>An entity's slug (the last segment of its IRI), for short assertions.</summary>
    public static string Slug(ArticleEntity? entity) => entity is null ? "(none)" : entity.Iri.Value[(entity.Iri.Value.LastIndexOf('/') + 1)..];
}
