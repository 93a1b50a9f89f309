using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;
using static NewsGraph.Extraction.Tests.TestGazetteer;

namespace NewsGraph.Extraction.Tests.Mentions;

public class MentionFinderTests
{
    private static readonly Morphology Morphology = new(LexiconTable.Load("morphology"));

    private static readonly LexiconTable Titles = Table(
        "ar|title|ولي العهد|CrownPrince", "ar|title|وزير الخارجية|ForeignMinister", "ar|title|الرئيس|HeadOfState",
        "en|title|President|HeadOfState", "en|title|Foreign Minister|ForeignMinister");

    private static readonly MentionFinder Finder = new(World, Titles, Morphology);

    /// <summary>Each mention as "original text=kind:entity slug" (or "=Title:Role").</summary>
    private static List<string> Find(string text, string language, MentionFinder? finder = null)
    {
        var folded = FoldedText.Fold(text);
        var mentions = (finder ?? Finder).Find(folded, Tokenizer.Tokenize(folded.Value), language);
        return mentions.Select(m => $"{text[m.Start..m.End]}={m.Kind}:{(m.Entity is { } e ? e.Iri.Value[(e.Iri.Value.LastIndexOf('/') + 1)..] : m.Role.ToString())}").ToList();
    }

    [Fact]
    public void TheLongestNameWins() =>
        Assert.Equal(["ولي العهد=Title:CrownPrince", "السعودي=Demonym:saudi-arabia", "محمد بن سلمان=Name:mohammed-bin-salman"],
            Find("استقبل ولي العهد السعودي محمد بن سلمان الوزير", "ar"));

    [Fact]
    public void AShortNameAloneStillNamesItsEntity() =>
        Assert.Equal(["سلمان=ShortName:salman-of-saudi-arabia", "بن سلمان=ShortName:mohammed-bin-salman"],
            Find("أصدر الملك سلمان أمرا بتعيين ابنه، وقال بن سلمان", "ar"));

    [Theory]
    [InlineData("ar", "قالت الرئاسة الروسية", "الروسية=Demonym:russia")]
    [InlineData("ar", "وزارة الخارجية بالروسية", "بالروسية=Demonym:russia")]
    [InlineData("ar", "الجانب المصري والسعودي", "المصري=Demonym:egypt|والسعودي=Demonym:saudi-arabia")]
    [InlineData("he", "פורסם בשפה הרוסית", "הרוסית=Demonym:russia")]
    [InlineData("he", "השגריר הישראלי", "הישראלי=Demonym:israel")]
    [InlineData("en", "the Russian presidency", "Russian=Demonym:russia")]
    [InlineData("ru", "российского лидера", "российского=Demonym:russia")]
    public void DemonymsWithPrefixLetters(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text, language));

    [Theory]
    [InlineData("ar", "وصل إلى روسيا ثم إلى مصر", "روسيا=Name:russia|مصر=Name:egypt")]
    [InlineData("ar", "وبروسيا ولمصر", "وبروسيا=Name:russia|ولمصر=Name:egypt")]
    [InlineData("he", "ומרוסיה למצרים", "ומרוסיה=Name:russia|למצרים=Name:egypt")]
    public void NamesWithPrefixLetters(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text, language));

    [Theory]
    [InlineData("ru", "Египет и Израиль", "Египет=Name:egypt|Израиль=Name:israel")]
    [InlineData("ru", "кроме того, египет", "")]
    [InlineData("en", "EGYPT AND ISRAEL", "EGYPT=Name:egypt|ISRAEL=Name:israel")]
    [InlineData("en", "an egyptian cotton and a russian doll", "")]
    [InlineData("ar", "وصل إلى مصر", "مصر=Name:egypt")]
    public void CapitalisedNamesOnlyAsCapitalisedWords(string language, string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Find(text, language));

    [Theory]
    [InlineData("US officials said", "US=Name:united-states")]
    [InlineData("officials told us", "")]
    [InlineData("Us and them", "")]
    public void AcronymsOnlyInCapitals(string text, string expected) =>
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), Find(text, "en"));

    [Theory]
    [InlineData("Путин встретился с Сергеем Лавровым", "Путин=ShortName:vladimir-putin|Сергеем Лавровым=Name:sergey-lavrov")]
    [InlineData("слова Лаврова и Путина", "Лаврова=ShortName:sergey-lavrov|Путина=ShortName:vladimir-putin")]
    [InlineData("Лавров", "Лавров=ShortName:sergey-lavrov")]
    public void RussianCaseFormsListedAsNames(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Find(text, "ru"));

    [Fact]
    public void TitleDemonymAndName() =>
        Assert.Equal(["وزير الخارجية=Title:ForeignMinister", "الروسي=Demonym:russia", "سيرغي لافروف=Name:sergey-lavrov"],
            Find("وقال وزير الخارجية الروسي سيرغي لافروف", "ar"));

    [Fact]
    public void GereshAndGershayimSpellings() =>
        Assert.Equal(["צ׳ייני=ShortName:dick-cheney", "בארה״ב=Name:united-states"], Find("צ׳ייני ביקר בארה״ב", "he"));

    [Fact]
    public void MentionSpansAreTheOriginalSpellingWithItsVowelSigns() =>
        Assert.Equal(["الرئيسُ=Title:HeadOfState", "فلاديميرُ بوتينُ=Name:vladimir-putin"], Find("قالَ الرئيسُ فلاديميرُ بوتينُ إنّ", "ar"));

    [Fact]
    public void ANameStartingWithAPrefixLetterIsReadAsWritten()
    {
        // "הרצוג" could be ה + "רצוג"; with an entity named "רצוג" as well, the word as written wins.
        var gazetteer = Load("""
            id:isaac-herzog a ng:Person ; rdfs:label "Isaac Herzog"@en ; ng:shortName "הרצוג"@he .
            id:rzog a ng:City ; rdfs:label "Rzog"@en ; skos:prefLabel "רצוג"@he .
            """);
        var finder = new MentionFinder(gazetteer, Titles, Morphology);
        Assert.Equal(["הרצוג=ShortName:isaac-herzog"], Find("אמר הרצוג", "he", finder));
        Assert.Equal(["ברצוג=Name:rzog"], Find("ביקר ברצוג", "he", finder));
    }

    [Fact]
    public void MentionsAreInOrderAndDoNotOverlap()
    {
        const string text = "التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة";
        var folded = FoldedText.Fold(text);
        var mentions = Finder.Find(folded, Tokenizer.Tokenize(folded.Value), "ar");
        for (int i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].End <= mentions[i].Start);
            Assert.True(mentions[i - 1].EndToken <= mentions[i].FirstToken);
        }
        Assert.Contains(mentions, m => m.Entity?.Iri == Id("abdel-fattah-el-sisi") && text[m.Start..m.End] == "عبد الفتاح السيسي");
        Assert.Contains(mentions, m => m.Entity?.Iri == Id("cairo") && text[m.Start..m.End] == "القاهرة");
    }
}
