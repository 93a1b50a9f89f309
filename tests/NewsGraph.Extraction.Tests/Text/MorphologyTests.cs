using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class MorphologyTests
{
    /// <summary>The prefix letters the rules need, written here so the test does not depend on the shipped table.</summary>
    private static readonly Morphology Small = new(TestGazetteer.Table(
        "ar|conjunction|و", "ar|conjunction|ف",
        "ar|preposition|ب", "ar|preposition|ل", "ar|preposition|ك",
        "ar|article|ال",
        "he|prefix|ו", "he|prefix|ה", "he|prefix|ב", "he|prefix|ל", "he|prefix|מ", "he|prefix|ש", "he|prefix|כ"));

    private static List<string> Stems(Morphology morphology, string word)
    {
        var output = new List<string>();
        morphology.Stems(FoldedText.Key(word), output);
        return output;
    }

    private static string[] Keys(params string[] words) => words.Select(FoldedText.Key).ToArray();

    [Fact]
    public void ConjunctionPrepositionAndArticleLam() =>
        Assert.Equal(Keys("وللرئيس", "للرئيس", "الرئيس", "رئيس"), Stems(Small, "وللرئيس"));

    [Fact]
    public void PrepositionAndArticle() =>
        Assert.Equal(Keys("بالروسية", "الروسية", "روسية"), Stems(Small, "بالروسية"));

    [Fact]
    public void ConjunctionAndArticle() =>
        Assert.Equal(Keys("والسعودية", "السعودية", "سعودية"), Stems(Small, "والسعودية"));

    [Fact]
    public void HebrewPrefixLetters() =>
        Assert.Equal(["ולאיחוד", "לאיחוד", "איחוד"], Stems(Small, "ולאיחוד"));

    [Fact]
    public void HebrewStopsAtTheFirstLetterThatIsNoPrefix() =>
        Assert.Equal(["ומרוסיה", "מרוסיה", "רוסיה"], Stems(Small, "ומרוסיה"));

    [Theory]
    [InlineData("הרצוג")]
    [InlineData("بوتين")]
    [InlineData("فلاديمير")]
    [InlineData("לברוב")]
    public void ANameThatStartsWithAPrefixLetterComesFirstAsWritten(string name)
    {
        var stems = Stems(Small, name);
        Assert.Equal(FoldedText.Key(name), stems[0]);
        Assert.True(stems.Count > 1, "the prefix letter is also tried");
    }

    [Theory]
    [InlineData("بل")]     // too short to carry a prefix
    [InlineData("ال")]
    [InlineData("לא")]
    [InlineData("Putin")]  // Latin and Cyrillic words have no prefix letters
    [InlineData("встреча")]
    public void WordsWithoutStrippablePrefixesAreOnlyThemselves(string word) =>
        Assert.Equal([FoldedText.Key(word)], Stems(Small, word));

    [Fact]
    public void AStemKeepsAtLeastTwoLetters() =>
        Assert.DoesNotContain(Stems(Small, "ולב"), s => s.Length < 2);

    [Fact]
    public void TheShippedTableHasTheSamePrefixes()
    {
        var shipped = new Morphology(LexiconTable.Load("morphology"));
        foreach (var word in new[] { "وللرئيس", "بالروسية", "ולאיחוד", "הרצוג", "بوتين" })
            Assert.Equal(Stems(Small, word), Stems(shipped, word));
    }

    [Fact]
    public void ARussianCaseEndingIsPutBackToTheListedForm()
    {
        var russian = new Morphology(TestGazetteer.Table("ru|ending|ой|а", "ru|ending|е|а", "ru|ending|ом|-", "ru|ending|ии|ия"));
        Assert.Equal(Keys("москвой", "москва"), Stems(russian, "Москвой"));
        Assert.Contains(FoldedText.Key("киев"), Stems(russian, "Киевом"));
        Assert.Contains(FoldedText.Key("великобритания"), Stems(russian, "Великобритании"));
        Assert.Equal(Keys("мир"), Stems(russian, "мир"));
    }
}
