using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Dates;

internal enum TokenKind { Word, Number, Punct, LineBreak }

/// <summary>A word, a run of digits or one punctuation mark, with its place in the text.</summary>
/// <param name="Norm">The folded word (<see cref="WordForm"/>), the ASCII digits, or the mark itself.</param>
/// <param name="Number">The value of a digit run (capped), else 0.</param>
/// <param name="SpaceBefore">Whether white space separates it from the previous token: "22-" and "و22" glue, "22 -" does not.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, string Norm, int Number, bool SpaceBefore, bool Capitalized)
{
    public int End => Start + Length;

    public bool IsPunct(char c) => Kind == TokenKind.Punct && Norm.Length == 1 && Norm[0] == c;
}

/// <summary>Splits text into <see cref="Token"/>s by hand: one pass, no regular expressions.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var space = true;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                tokens.Add(new Token(i, 1, TokenKind.LineBreak, "\n", 0, space, false));
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
                tokens.Add(new Token(start, i - start, TokenKind.Number, Digits.Fold(text.Substring(start, i - start)), value, space, false));
            }
            else if (WordForm.IsWordChar(c))
            {
                i++;
                while (i < text.Length)
                {
                    var d = text[i];
                    if (WordForm.IsWordChar(d)) { i++; continue; }
                    // Apostrophes and Hebrew gershayim belong to the word inside it (י"ד, ח'ליפה, Putin's)
                    // and a Hebrew geresh ends an abbreviation (א', ב׳).
                    if (d is '\'' or '׳' or '’' or '"' or '״' && i + 1 <= text.Length)
                    {
                        var next = i + 1 < text.Length ? text[i + 1] : ' ';
                        if (WordForm.IsWordChar(next) && char.IsLetter(next)) { i++; continue; }
                        if (d is '\'' or '׳' && Scripts.IsHebrewLetter(text[i - 1])) { i++; break; }
                    }
                    break;
                }
                tokens.Add(new Token(start, i - start, TokenKind.Word, WordForm.Normalize(text.AsSpan(start, i - start)), 0, space, char.IsUpper(c)));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, 1, TokenKind.Punct, WordForm.Fold(c) is var f and not '\0' ? f.ToString() : c.ToString(), 0, space, false));
            }
            space = false;
        }
        return tokens;
    }
}
