using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Text;
using static NewsGraph.Extraction.Tests.TestGazetteer;

namespace NewsGraph.Extraction.Tests.Facts;

public class TriggerFinderTests
{
    private static readonly Morphology Morphology = new(LexiconTable.Load("morphology"));

    private static readonly TriggerFinder Finder = new(Table(
        "en|visit|visit*", "en|meet|met", "en|meet|talks", "en|call|phone call", "en|call|phone talks", "en|negation|not",
        "ar|visit|زيارة", "ar|visit|سيزور", "ar|future|سيزور", "ar|speech|أضاف", "ar|negation|لم", "ar|meet|يلتقي",
        "he|meet|נפגש"), Morphology);

    /// <summary>Each trigger as "words=Kind".</summary>
    private static List<string> Find(string text, string language)
    {
        var tokens = Tokenizer.Tokenize(FoldedText.Key(text));
        return Finder.Find(tokens, language).Select(t => $"{string.Join(' ', tokens[t.First..t.End].Select(x => x.Text))}={t.Kind}").ToList();
    }

    [Fact]
    public void AStarredWordMatchesItsInflections() =>
        Assert.Equal(["visited=Visit", "visits=Visit", "visit=Visit"], Find("He visited Cairo; she visits Rome; a visit.", "en"));

    [Fact]
    public void TheLongestPhraseWins() =>
        Assert.Equal(["phone talks=Call"], Find("they held phone talks", "en"));

    [Fact]
    public void OneWordMayBeSeveralKinds() =>
        Assert.Equal(["سيزور=Visit", "سيزور=Future"], Find("سيزور الرئيس موسكو", "ar"));

    [Fact]
    public void ArabicPrefixLettersAreStripped() =>
        Assert.Equal([FoldedText.Key("وأضاف") + "=Speech", FoldedText.Key("بزيارة") + "=Visit"], Find("وأضاف أنه رحب بزيارة", "ar"));

    [Fact]
    public void NegationIsATriggerOfItsOwn() =>
        Assert.Equal(["لم=Negation", "يلتقي=Meet"], Find("لم يلتقي الرئيسان", "ar"));

    [Fact]
    public void OnlyTheArticleLanguageIsSearched()
    {
        Assert.Empty(Find("They met in Moscow", "ar"));
        Assert.Empty(Find("They met in Moscow", "fr"));
        Assert.Equal(["נפגש=Meet"], Find("הנשיא נפגש עם", "he"));
    }

    [Fact]
    public void AnUnknownKindIsAnError()
    {
        var error = Assert.Throws<FormatException>(() => new TriggerFinder(Table("en|greet|hello"), Morphology));
        Assert.Contains("greet", error.Message);
    }

    [Fact]
    public void AWordListedAsWrittenWinsOverAListedWordUnderPrefixLetters()
    {
        var finder = new TriggerFinder(Table("he|according|לפי", "he|preposition|כלפי"), Morphology);
        var tokens = Tokenizer.Tokenize(FoldedText.Key("המסרים כלפי ישראל, ולפי הדיווח"));
        Assert.Equal([TriggerKind.Preposition, TriggerKind.According], finder.Find(tokens, "he").Select(t => t.Kind));
    }
}
