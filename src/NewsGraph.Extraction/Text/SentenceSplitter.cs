namespace NewsGraph.Extraction.Text;

/// <summary>A sentence of an article: [<see cref="Start"/>, <see cref="End"/>) in the article text.</summary>
public readonly record struct Sentence(int Index, int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits article text into sentences. A line break always ends one (headlines and paragraphs);
/// '.', '!', '?', '؟' and '…' end one when followed by a space and the start of a new word, unless
/// the dot follows a single capital letter (an initial: "J. Biden", "U.S.") or an abbreviation
/// listed in the lexicon (<c>text.tsv</c>, kind <c>abbreviation</c>).
/// </summary>
public sealed class SentenceSplitter
{
    private readonly HashSet<string> _abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations) =>
        _abbreviations = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);

    public List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
            }
            else if (c is '.' or '!' or '?' or '؟' or '…' && EndsSentence(text, i))
            {
                int end = i + 1;
                while (end < text.Length && text[end] is '"' or '”' or '»' or '\'' or '’' or ')' or '.')
                    end++;
                Add(sentences, text, start, end);
                start = end;
                i = end - 1;
            }
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private bool EndsSentence(string text, int i)
    {
        int next = i + 1;
        while (next < text.Length && text[next] is '"' or '”' or '»' or '\'' or '’' or ')')
            next++;
        if (next >= text.Length)
            return true;
        if (!char.IsWhiteSpace(text[next]))
            return false;
        while (next < text.Length && text[next] is ' ' or '\t')
            next++;
        if (next >= text.Length || text[next] == '\n')
            return true;
        var following = text[next];
        if (char.IsLower(following))
            return false;
        if (text[i] != '.')
            return true;
        int wordStart = i;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        var word = text.AsSpan(wordStart, i - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false;
        return !_abbreviations.Contains(word.ToString());
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(sentences.Count, start, end));
    }
}
