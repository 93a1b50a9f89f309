namespace NewsGraph.Extraction.Text;

/// <summary>
/// Finds phrases (names, trigger words) in tokenised folded text. A phrase is looked up by its
/// first word, which may carry prefix letters (<see cref="Morphology"/>); its other words must
/// match exactly. A phrase written with a final '*' matches any word starting with its last word
/// ("visit*" → visits, visited), which is how inflected Russian and English forms are listed.
/// </summary>
public sealed class PhraseMatcher<T>
{
    public sealed record Phrase(string[] Words, bool LastIsPrefix, T Value);

    private readonly Dictionary<string, List<Phrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<Phrase> _prefixFirst = [];
    private readonly Morphology _morphology;

    public PhraseMatcher(Morphology morphology) => _morphology = morphology;

    public bool Add(string text, T value)
    {
        var lastIsPrefix = text.EndsWith('*');
        var words = Tokenizer.Tokenize(FoldedText.Key(lastIsPrefix ? text[..^1] : text)).Select(t => t.Text).ToArray();
        if (words.Length == 0)
            return false;
        var phrase = new Phrase(words, lastIsPrefix, value);
        if (lastIsPrefix && words.Length == 1)
        {
            _prefixFirst.Add(phrase);
            return true;
        }
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        list.Add(phrase);
        return true;
    }

    /// <summary>Every phrase matching at token <paramref name="at"/>, with the index of the stem used
    /// (0 = the word as written).</summary>
    public void MatchAt(List<Token> tokens, int at, List<(Phrase Phrase, int Stem)> output, List<string> stems)
    {
        output.Clear();
        _morphology.Stems(tokens[at].Text, stems);
        for (int s = 0; s < stems.Count; s++)
        {
            if (_byFirstWord.TryGetValue(stems[s], out var list))
            {
                foreach (var phrase in list)
                {
                    if (Rest(phrase, tokens, at))
                        output.Add((phrase, s));
                }
            }
            foreach (var phrase in _prefixFirst)
            {
                if (stems[s].StartsWith(phrase.Words[0], StringComparison.Ordinal))
                    output.Add((phrase, s));
            }
        }
    }

    private static bool Rest(Phrase phrase, List<Token> tokens, int at)
    {
        var words = phrase.Words;
        if (at + words.Length > tokens.Count)
            return false;
        for (int k = 1; k < words.Length; k++)
        {
            var token = tokens[at + k].Text;
            var ok = phrase.LastIsPrefix && k == words.Length - 1
                ? token.StartsWith(words[k], StringComparison.Ordinal)
                : string.Equals(token, words[k], StringComparison.Ordinal);
            if (!ok)
                return false;
        }
        return true;
    }
}
