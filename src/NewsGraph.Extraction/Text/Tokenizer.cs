namespace NewsGraph.Extraction.Text;

/// <summary>
/// Splits folded text into words: runs of letters, digits and combining marks. A geresh or
/// gershayim between Hebrew letters stays inside the word (צ'ייני, ארה"ב), as it is part of the
/// spelling there; elsewhere quotes, apostrophes and hyphens separate words, so that "Erdogan's"
/// and "al-Sisi" are compared word by word the same way in names and in text.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string folded)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < folded.Length)
        {
            if (!IsWordChar(folded[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < folded.Length)
            {
                if (IsWordChar(folded[i]))
                    i++;
                else if (folded[i] is '\'' or '"' && i > start && Scripts.IsHebrewLetter(folded[i - 1]) && i + 1 < folded.Length && Scripts.IsHebrewLetter(folded[i + 1]))
                    i++;
                else if (folded[i] == '\'' && i > start && Scripts.IsHebrewLetter(folded[i - 1]))
                    i++; // a trailing geresh (צ', ז') is part of the letter
                else
                    break;
            }
            tokens.Add(new Token(start, i, folded[start..i]));
        }
        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || Scripts.IsCombiningMark(c);
}
