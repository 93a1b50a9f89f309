using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>An article's text as the statement rules see it: tokens at their original offsets, and its quotations.</summary>
internal sealed class StatementText(string text, FoldedText folded, List<Token> tokens, List<QuotedSpan> quotes, string language)
{
    public string Value => text;
    public string Language => language;
    public List<QuotedSpan> Quotes => quotes;

    /// <summary>Original offset where token <paramref name="token"/> starts.</summary>
    public int Start(int token) => folded.OriginalOffset(tokens[token].Start);

    /// <summary>Original offset just after token <paramref name="token"/>.</summary>
    public int End(int token) => folded.OriginalEnd(tokens[token].End);

    public bool InQuote(int offset) => quotes.Any(q => q.Contains(offset));

    /// <summary>Is the last mark before token <paramref name="token"/> (after the previous word) a pause:
    /// a comma, a dash or a closing quotation mark ("…," said X; «…», - заявил X)?</summary>
    public bool FollowsPause(int token) => Pause(token) >= 0;

    /// <summary>The offset of a comma between token <paramref name="token"/> and the word before it, else -1.</summary>
    public int CommaBefore(int token)
    {
        int at = Pause(token);
        return at >= 0 && text[at] is ',' or '،' ? at : -1;
    }

    private int Pause(int token)
    {
        int from = token > 0 ? End(token - 1) : 0;
        for (int i = Start(token) - 1; i >= from; i--)
        {
            if (text[i] is ',' or '،' or '-' or '–' or '—' or '”' or '»' or '"' or '“')
                return i;
        }
        return -1;
    }
}
