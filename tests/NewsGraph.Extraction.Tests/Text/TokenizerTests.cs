using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Tests.Text;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(FoldedText.Key(text)).Select(t => t.Text).ToArray();

    [Fact]
    public void GereshAndGershayimStayInsideHebrewWords() =>
        Assert.Equal(["צ'ייני", "נפגש", "עם", "נשיא", "ארה\"ב"], Words("צ׳ייני נפגש עם נשיא ארה״ב"));

    [Fact]
    public void ATrailingGereshBelongsToItsLetter() =>
        Assert.Equal(["ז'", "באדר"], Words("ז' באדר"));

    [Fact]
    public void QuotationMarksAroundHebrewWordsAreNotPartOfThem() =>
        Assert.Equal(["אמר", "שלום", "לכולם"], Words("אמר \"שלום לכולם\""));

    [Theory]
    [InlineData("Erdogan's visit", new[] { "erdogan", "s", "visit" })]
    [InlineData("Erdogan’s visit", new[] { "erdogan", "s", "visit" })]
    [InlineData("al-Sisi met Putin", new[] { "al", "sisi", "met", "putin" })]
    [InlineData("Jean-Yves Le Drian", new[] { "jean", "yves", "le", "drian" })]
    public void ApostrophesAndHyphensSplitLatinWords(string text, string[] expected) =>
        Assert.Equal(expected, Words(text));

    [Fact]
    public void TokensAreSpansOfTheFoldedText()
    {
        var folded = FoldedText.Key("  وصل بوتين، أمس.");
        var tokens = Tokenizer.Tokenize(folded);
        Assert.All(tokens, t => Assert.Equal(t.Text, folded[t.Start..t.End]));
        Assert.Equal(["وصل", "بوتين", "امس"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void FoldedArabicIndicDigitsAreNumbers()
    {
        var tokens = Tokenizer.Tokenize(FoldedText.Key("في ١٤ آذار"));
        Assert.Equal("14", tokens[1].Text);
        Assert.True(tokens[1].IsNumber);
        Assert.False(tokens[0].IsNumber);
    }
}
