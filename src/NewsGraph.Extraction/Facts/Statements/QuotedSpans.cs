namespace NewsGraph.Extraction.Facts;

/// <summary>A quotation in the article text: the quoted words are [<see cref="Start"/>, <see cref="End"/>).</summary>
internal readonly record struct QuotedSpan(int Start, int End)
{
    public bool Contains(int offset) => offset >= Start && offset < End;
}

/// <summary>
/// Finds quotations: “…”, «…», „…“ / „…”, and "…" pairs within a paragraph. A straight quote between
/// two Hebrew letters is a gershayim (ארה"ב), not a quotation mark. A quotation that opens a sentence and is
/// not closed in its paragraph (the quote goes on in the next paragraph, or the text is cut off) runs to the paragraph's end.
/// </summary>
internal static class QuotedSpans
{
    public static List<QuotedSpan> Find(string text)
    {
        var spans = new List<QuotedSpan>();
        int i = 0;
        while (i < text.Length)
        {
            char open = text[i];
            char? close = open switch
            {
                '“' => '”',
                '«' => '»',
                '„' => '“',
                '"' when !IsGershayim(text, i) => '"',
                _ => null,
            };
            if (close is null)
            {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.Length && text[j] != '\n' && !(IsClose(text, j, close.Value, open)))
                j++;
            if (j < text.Length && text[j] != '\n')
            {
                spans.Add(new QuotedSpan(i + 1, j));
                i = j + 1;
            }
            else if (OpensSentence(text, i) && text.AsSpan(i + 1, j - i - 1).IndexOfAny(Marks) < 0)
            {
                spans.Add(new QuotedSpan(i + 1, j));
                i = j;
            }
            else
            {
                i++;
            }
        }
        return spans;
    }

    private const string Marks = "“”«»„\"";

    /// <summary>A mark at the start of a sentence, after a full stop or the paragraph's start.</summary>
    private static bool OpensSentence(string text, int i)
    {
        int k = i - 1;
        while (k >= 0 && text[k] is ' ' or '\t')
            k--;
        return k < 0 || text[k] is '\n' or '.' or '!' or '?' or ':';
    }

    private static bool IsClose(string text, int j, char close, char open) =>
        (text[j] == close || (open == '„' && text[j] == '”')) && !(text[j] == '"' && IsGershayim(text, j));

    private static bool IsGershayim(string text, int i) =>
        i > 0 && i + 1 < text.Length && Text.Scripts.IsHebrewLetter(text[i - 1]) && Text.Scripts.IsHebrewLetter(text[i + 1]);
}
