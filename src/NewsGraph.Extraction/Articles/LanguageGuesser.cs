using NewsGraph.Extraction.Text;
using NewsGraph.Extraction.Lexicon;

namespace NewsGraph.Extraction.Articles;

/// <summary>
/// Guesses a text's language: by the script most of its letters are in, then by letters proper to one
/// language of that script, and, in Latin script, by frequent words. The table is
/// <c>ontology/lexicon/languages.tsv</c>.
/// </summary>
internal sealed class LanguageGuesser
{
    private static readonly Lazy<LanguageGuesser> Embedded = new(() => new LanguageGuesser(LexiconTable.Load("languages")));

    private readonly Dictionary<string, string> _byScript = new(StringComparer.Ordinal);
    private readonly Dictionary<char, string> _byLetter = [];
    private readonly Dictionary<string, string> _byWord = new(StringComparer.Ordinal);

    public static LanguageGuesser Default => Embedded.Value;

    public LanguageGuesser(LexiconTable table)
    {
        foreach (var entry in table.Entries)
        {
            switch (entry.Kind)
            {
                case "script": _byScript[entry.Form] = entry.Language; break;
                case "letter": _byLetter[entry.Form[0]] = entry.Language; break;
                case "word": _byWord[entry.Form] = entry.Language; break;
                default: throw new FormatException($"languages.tsv: unknown kind '{entry.Kind}'");
            }
        }
    }

    /// <summary>A BCP 47 primary tag, or "und" when the text has no letters.</summary>
    public string Guess(string text)
    {
        int arabic = 0, hebrew = 0, cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            switch (Scripts.Of(c))
            {
                case Script.Arabic: arabic++; break;
                case Script.Hebrew: hebrew++; break;
                case Script.Cyrillic: cyrillic++; break;
                case Script.Latin: latin++; break;
            }
        }
        var max = Math.Max(Math.Max(arabic, hebrew), Math.Max(cyrillic, latin));
        if (max == 0)
            return "und";
        var script = max == arabic ? "arabic" : max == hebrew ? "hebrew" : max == cyrillic ? "cyrillic" : "latin";
        var fallback = _byScript.TryGetValue(script, out var language) ? language : "und";
        return script == "latin" ? ByWords(text) ?? fallback : ByLetters(text) ?? fallback;
    }

    private string? ByLetters(string text)
    {
        foreach (var c in text)
        {
            if (_byLetter.TryGetValue(c, out var language))
                return language;
        }
        return null;
    }

    private string? ByWords(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
                start = i;
            else if (!letter && start >= 0)
            {
                var length = i - start;
                if (length <= 7 && _byWord.TryGetValue(text.Substring(start, length).ToLowerInvariant(), out var language))
                    counts[language] = counts.GetValueOrDefault(language) + 1;
                start = -1;
            }
        }
        string? best = null;
        var bestCount = 0;
        foreach (var (language, count) in counts)
        {
            if (count > bestCount)
                (best, bestCount) = (language, count);
        }
        return best;
    }
}
