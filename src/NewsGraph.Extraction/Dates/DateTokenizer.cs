using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Dates;

/// <summary>
/// Splits the original text into <see cref="DateToken"/>s by hand: one pass, no regular expressions.
/// Unlike <see cref="Text.Tokenizer"/>, which reads folded text for names and keeps only words, dates
/// are read from punctuation and spacing as much as from words ("20-22", "(ראשון)", "15:30", a line
/// break ending a dateline), so every mark, digit run and line break is a token, with whether space
/// precedes it; a word keeps an apostrophe before a letter in any script ("Putin's", "ח'ליפה").
/// </summary>
internal static class DateTokenizer
{
    public static List<DateToken> Tokenize(string text)
    {
        var tokens = new List<DateToken>(text.Length / 5 + 4);
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new DateToken(i, 1, DateTokenKind.LineBreak, "\n", 0, space, false));
                i++;
                space = true;
                continue;
            }
            if (char.IsWhiteSpace(c) || c is '\u200F' or '\u200E' or '\u200B' or '\uFEFF')
            {
                i++;
                space = true;
                continue;
            }
            var start = i;
            if (Digits.IsDigit(c))
            {
                var value = 0;
                while (i < text.Length && Digits.IsDigit(text[i]))
                {
                    if (value < 100_000_000)
                        value = value * 10 + Digits.Value(text[i]);
                    i++;
                }
                tokens.Add(new DateToken(start, i - start, DateTokenKind.Number, Digits.Fold(text.Substring(start, i - start)), value, space, false));
            }
            else if (IsWordChar(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (IsWordChar(d)) { i++; continue; }
                    // Apostrophes and Hebrew gershayim belong to the word inside it (י"ד, ח'ליפה, Putin's)
                    // and a Hebrew geresh ends an abbreviation (א', ב׳).
                    if (d is '\'' or '׳' or '’' or '"' or '״' && i + 1 <= text.Length)
                    {
                        var next = i + 1 < text.Length ? text[i + 1] : ' ';
                        if (IsWordChar(next) && char.IsLetter(next)) { i++; continue; }
                        if (d is '\'' or '׳' && Scripts.IsHebrewLetter(text[i - 1])) { i++; break; }
                    }
                    break;
                }
                tokens.Add(new DateToken(start, i - start, DateTokenKind.Word, FoldedText.LooseKey(text.AsSpan(start, i - start)), 0, space, char.IsUpper(c)));
            }
            else
            {
                i++;
                tokens.Add(new DateToken(start, 1, DateTokenKind.Punct, CharFolding.Fold(c) is { Length: > 0 } folded ? folded : c.ToString(), 0, space, false));
            }
            space = false;
        }
        return tokens;
    }

    /// <summary>Letters with their marks and tatweel, which stretches a word without ending it; not digits, which make their own tokens.</summary>
    private static bool IsWordChar(char c) => char.IsLetter(c) || c == '\u0640' || Scripts.IsCombiningMark(c);
}
