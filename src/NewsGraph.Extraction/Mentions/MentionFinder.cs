using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Mentions;

/// <summary>
/// Finds the gazetteer's names, demonyms and the lexicon's titles in a text: at each word the
/// longest name wins (so "محمد بن سلمان" is not read as "سلمان"), a word may carry prefix letters
/// (<see cref="Morphology"/>), and names in capitals must match in capitals.
/// </summary>
public sealed class MentionFinder
{
    private readonly PhraseMatcher<IndexedName> _names;

    public MentionFinder(EntityGazetteer gazetteer, LexiconTable titles, Morphology morphology) =>
        _names = NameIndex.Build(gazetteer, titles, morphology);

    /// <summary>The finder extraction uses: the gazetteer's names with the shipped titles and prefix letters.</summary>
    public static MentionFinder For(EntityGazetteer gazetteer, Morphology morphology) => new(gazetteer, LexiconTable.Load("titles"), morphology);

    /// <summary>Mentions in <paramref name="text"/>, in order, not overlapping.</summary>
    public List<Mention> Find(FoldedText text, List<Token> tokens, string language)
    {
        var mentions = new List<Mention>();
        var matches = new List<(PhraseMatcher<IndexedName>.Phrase Phrase, int Stem)>();
        var stems = new List<string>(4);
        for (int i = 0; i < tokens.Count;)
        {
            _names.MatchAt(tokens, i, matches, stems);
            PhraseMatcher<IndexedName>.Phrase? best = null;
            int bestRank = int.MaxValue, bestStem = 0;
            foreach (var (phrase, stem) in matches)
            {
                if (phrase.Value.MatchCase && !SameCase(phrase, text, tokens, i, stem))
                    continue;
                if (!CapitalisedAsNamed(phrase, text, tokens[i]))
                    continue;
                // Longer names first; then the word as written; then the article's language; then the name kind.
                int rank = -phrase.Words.Length * 1000 + stem * 100 + (phrase.Value.Language == language ? 0 : 10) + (int)phrase.Value.Kind;
                if (rank < bestRank)
                {
                    bestRank = rank;
                    best = phrase;
                    bestStem = stem;
                }
            }
            if (best is null)
            {
                i++;
                continue;
            }
            int end = i + best.Words.Length;
            var proclitics = tokens[i].Text[..Math.Max(0, tokens[i].Text.Length - stems[bestStem].Length)];
            mentions.Add(new Mention(text.OriginalOffset(tokens[i].Start), text.OriginalEnd(tokens[end - 1].End), i, end, best.Value.Kind, best.Value.Entity, best.Value.Role, best.Value.TitleState, proclitics));
            i = end;
        }
        return mentions;
    }

    private static bool SameCase(PhraseMatcher<IndexedName>.Phrase phrase, FoldedText text, List<Token> tokens, int at, int stem)
    {
        if (stem != 0)
            return false;
        var start = text.OriginalOffset(tokens[at].Start);
        var end = text.OriginalEnd(tokens[at + phrase.Words.Length - 1].End);
        return string.Equals(Letters(text.Original.AsSpan(start, end - start)), Letters(phrase.Value.Surface), StringComparison.Ordinal);
    }

    /// <summary>A name written with a capital ("Того", "Jordan") is a common word when the text
    /// writes it in lower case ("Кроме того"); scripts without case (Arabic, Hebrew) are never checked.</summary>
    private static bool CapitalisedAsNamed(PhraseMatcher<IndexedName>.Phrase phrase, FoldedText text, Token first)
    {
        if (phrase.Value.Entity is null || !char.IsUpper(phrase.Value.Surface[0]))
            return true;
        var word = text.Original.AsSpan(text.OriginalOffset(first.Start), text.OriginalEnd(first.End) - text.OriginalOffset(first.Start));
        int letter = word.IndexOfAnyExcept("\"'«„“(-");
        return letter >= 0 && !char.IsLower(word[letter]);
    }

    private static string Letters(ReadOnlySpan<char> s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(c);
        return sb.ToString();
    }
}
