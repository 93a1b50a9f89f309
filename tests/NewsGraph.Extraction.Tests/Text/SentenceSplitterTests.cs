using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly SentenceSplitter Splitter = new(["Mr", "Dr", "Gen"]);

    private static string[] Split(string text) => Splitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [Fact]
    public void InitialsDoNotEndASentence() =>
        Assert.Equal(["President J. Biden met the U.S. envoy.", "They spoke."], Split("President J. Biden met the U.S. envoy. They spoke."));

    [Fact]
    public void ListedAbbreviationsDoNotEndASentence() =>
        Assert.Equal(["Mr. Putin met Dr. Ali.", "Talks followed."], Split("Mr. Putin met Dr. Ali. Talks followed."));

    [Fact]
    public void AnUnlistedWordBeforeADotEndsASentence()
    {
        const string text = "He met Putin. Mrs. Smith left.";
        Assert.Equal(["He met Putin.", "Mrs. Smith left."], new SentenceSplitter(["Mrs"]).Split(text).Select(s => text[s.Start..s.End]));
        Assert.Equal(["He met Putin.", "Mrs.", "Smith left."], Split(text));
    }

    [Fact]
    public void ArabicQuestionMarkEndsASentence() =>
        Assert.Equal(["هل يزور بوتين الرياض؟", "قال المتحدث إن الزيارة مقررة."], Split("هل يزور بوتين الرياض؟ قال المتحدث إن الزيارة مقررة."));

    [Fact]
    public void HebrewSentences() =>
        Assert.Equal(["הרצוג נפגש עם ביידן.", "הם דיברו על המצב."], Split("הרצוג נפגש עם ביידן. הם דיברו על המצב."));

    [Fact]
    public void LineBreaksEndSentencesAndBlankLinesGiveNone() =>
        Assert.Equal(["Putin arrives in Cairo", "The Russian president landed on Tuesday.", "He met Sisi."],
            Split("Putin arrives in Cairo\n\n  The Russian president landed on Tuesday. He met Sisi.\n"));

    [Fact]
    public void ClosingQuotesStayWithTheirSentence() =>
        Assert.Equal(["He said: “We will come.”", "Then he left."], Split("He said: “We will come.” Then he left."));

    [Theory]
    [InlineData("Growth was 3.5 percent this year.")]
    [InlineData("It was agreed, i.e. signed, on Monday.")]
    [InlineData("Visit www.kremlin.ru for details.")]
    public void DotsInsideASentenceDoNotEndIt(string text) => Assert.Equal([text], Split(text));

    [Fact]
    public void SentencesAreNumberedAndSpanTheText()
    {
        const string text = "One. Two!\nThree?";
        var sentences = Splitter.Split(text);
        Assert.Equal([0, 1, 2], sentences.Select(s => s.Index));
        Assert.Equal(["One.", "Two!", "Three?"], sentences.Select(s => text[s.Start..s.End]));
    }
}
