using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Mentions;

/// <summary>A personal name the gazetteer does not know: tokens up to <see cref="EndToken"/>, as written.</summary>
public sealed record UnlinkedName(int EndToken, string Label);

/// <summary>
/// Reads a personal name the gazetteer lacks right after a title ("Foreign Minister Wang Wenbin",
/// "министр иностранных дел Казахстана Мурат Нуртлеу"). Where the script has capitals, two or more
/// capitalised words (a single one is too often a place or a weekday); where it has none (Arabic,
/// Hebrew), a given name some gazetteer person bears, spelt alike, and the word after it.
/// </summary>
public sealed class UnlinkedNameReader
{
    /// <summary>Longest name read: given name, patronymic or middle name, two-part surname.</summary>
    private const int MaxWords = 4;

    private readonly HashSet<string> _givenNames = new(StringComparer.Ordinal);

    public UnlinkedNameReader(EntityGazetteer gazetteer)
    {
        foreach (var entity in gazetteer.Entities.Where(e => e.Kind == EntityKind.Person))
        {
            foreach (var name in entity.Names.Where(n => n.Kind is NameKind.Preferred or NameKind.Alternative))
            {
                // As written, not folded: folding makes the preposition "على" the name "علي".
                var words = name.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length >= 2 && !HasCase(words[0][0]))
                    _givenNames.Add(words[0]);
            }
        }
    }

    /// <summary>The name starting at token <paramref name="at"/>, right after <paramref name="after"/>
    /// (the title's last token) and before token <paramref name="limit"/>; null when there is none.</summary>
    public UnlinkedName? Read(FoldedText text, List<Token> tokens, int after, int at, int limit)
    {
        limit = Math.Min(limit, tokens.Count);
        if (at >= limit || !Gap(text, tokens, after, at).IsWhiteSpace())
            return null;
        char first = text.Original[text.OriginalOffset(tokens[at].Start)];
        int end;
        if (HasCase(first))
        {
            end = at;
            while (end < limit && end - at < MaxWords && (end == at || Joins(text, tokens, end)) && IsCapitalised(text, tokens, end, end > at))
                end++;
            if (end - at < 2)
                return null;
        }
        else
        {
            if (!_givenNames.Contains(text.Original[text.OriginalOffset(tokens[at].Start)..text.OriginalEnd(tokens[at].End)]) || at + 1 >= limit || !Gap(text, tokens, at, at + 1).IsWhiteSpace())
                return null;
            end = at + 2;
        }
        int start = text.OriginalOffset(tokens[at].Start);
        return new UnlinkedName(end, text.Original[start..text.OriginalEnd(tokens[end - 1].End)]);
    }

    private static bool HasCase(char c) => char.IsUpper(c) || char.IsLower(c);

    /// <summary>Capitalised, or the lower-case tail of a hyphenated name ("Yong-chol").</summary>
    private static bool IsCapitalised(FoldedText text, List<Token> tokens, int i, bool inName) =>
        char.IsUpper(text.Original[text.OriginalOffset(tokens[i].Start)]) || (inName && Gap(text, tokens, i - 1, i).SequenceEqual("-"));

    /// <summary>Only a space or a hyphen joins the words of one name.</summary>
    private static bool Joins(FoldedText text, List<Token> tokens, int i)
    {
        var gap = Gap(text, tokens, i - 1, i);
        return gap.IsWhiteSpace() || gap.SequenceEqual("-");
    }

    private static ReadOnlySpan<char> Gap(FoldedText text, List<Token> tokens, int before, int after) =>
        text.Original.AsSpan()[text.OriginalEnd(tokens[before].End)..text.OriginalOffset(tokens[after].Start)];
}
