using NewsGraph.Extraction.Text;
using NewsGraph.Extraction.Lexicon;

namespace NewsGraph.Extraction.Dates;

/// <summary>The kinds of row in <c>ontology/lexicon/dates.tsv</c>; the file's header explains each.</summary>
internal enum DateWordKind
{
    Month, MonthAbbrev, Weekday, WeekdayAbbrev, WeekdayParen,
    RelativeDay, RelativeWeek, RelativeMonth, RelativeYear,
    FutureMarker, PastMarker, CurrentMarker, FutureCue,
    RangeFrom, RangeTo, YearBefore, YearAfter, MonthBefore,
    DayPart, Glue, OrdinalDay, OrdinalSuffix, Clitic, HebrewMonth,
}

/// <summary>One table row as a sequence of folded words.</summary>
internal sealed record DatePhrase(string[] Words, DateWordKind Kind, int Value);

/// <summary>
/// The words of <c>dates.tsv</c> for one language, indexed by their first folded word so that a
/// text is scanned once with a dictionary probe per token.
/// </summary>
internal sealed class DateLexicon
{
    private static readonly Dictionary<string, DateWordKind> KindNames = new(StringComparer.Ordinal)
    {
        ["month"] = DateWordKind.Month, ["month-abbrev"] = DateWordKind.MonthAbbrev,
        ["weekday"] = DateWordKind.Weekday, ["weekday-abbrev"] = DateWordKind.WeekdayAbbrev, ["weekday-paren"] = DateWordKind.WeekdayParen,
        ["relative-day"] = DateWordKind.RelativeDay, ["relative-week"] = DateWordKind.RelativeWeek,
        ["relative-month"] = DateWordKind.RelativeMonth, ["relative-year"] = DateWordKind.RelativeYear,
        ["future-marker"] = DateWordKind.FutureMarker, ["past-marker"] = DateWordKind.PastMarker,
        ["current-marker"] = DateWordKind.CurrentMarker, ["future-cue"] = DateWordKind.FutureCue,
        ["range-from"] = DateWordKind.RangeFrom, ["range-to"] = DateWordKind.RangeTo,
        ["year-before"] = DateWordKind.YearBefore, ["year-after"] = DateWordKind.YearAfter, ["month-before"] = DateWordKind.MonthBefore,
        ["day-part"] = DateWordKind.DayPart, ["glue"] = DateWordKind.Glue, ["ordinal-day"] = DateWordKind.OrdinalDay,
        ["ordinal-suffix"] = DateWordKind.OrdinalSuffix, ["clitic"] = DateWordKind.Clitic, ["hebrew-month"] = DateWordKind.HebrewMonth,
    };

    private static readonly Lazy<Dictionary<string, DateLexicon>> ByLanguage = new(() => Build(LexiconTable.Load("dates")));

    private readonly Dictionary<string, List<DatePhrase>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly List<string> _clitics = [];

    /// <summary>The lexicon of <paramref name="language"/>; every language's words when it has no rows of its own.</summary>
    public static DateLexicon For(string? language)
    {
        var all = ByLanguage.Value;
        return language is not null && all.TryGetValue(language, out var lexicon) ? lexicon : all[""];
    }

    /// <summary>Builds lexicons from a table (the embedded one, or one a test writes).</summary>
    internal static Dictionary<string, DateLexicon> Build(LexiconTable table)
    {
        var result = new Dictionary<string, DateLexicon>(StringComparer.Ordinal) { [""] = new DateLexicon() };
        foreach (var entry in table.Entries)
        {
            if (!KindNames.TryGetValue(entry.Kind, out var kind))
                throw new FormatException($"dates.tsv: unknown kind '{entry.Kind}' for '{entry.Form}'");
            var value = 0;
            if (entry.Value.Length > 0 && !int.TryParse(entry.Value, out value))
                throw new FormatException($"dates.tsv: value '{entry.Value}' of '{entry.Form}' is not a number");
            if (!result.TryGetValue(entry.Language, out var lexicon))
                result[entry.Language] = lexicon = new DateLexicon();
            lexicon.Add(entry.Form, kind, value);
            result[""].Add(entry.Form, kind, value);
        }
        return result;
    }

    private void Add(string form, DateWordKind kind, int value)
    {
        if (kind == DateWordKind.Clitic)
        {
            var folded = FoldedText.LooseKey(form);
            if (!_clitics.Contains(folded))
                _clitics.Add(folded);
            return;
        }
        var tokens = DateTokenizer.Tokenize(form);
        var words = new string[tokens.Count];
        for (var i = 0; i < words.Length; i++)
            words[i] = tokens[i].Norm;
        if (words.Length == 0)
            return;
        if (!_byFirstWord.TryGetValue(words[0], out var list))
            _byFirstWord[words[0]] = list = [];
        list.Add(new DatePhrase(words, kind, value));
        // Longest first, so "تشرين الأول" is preferred to a shorter phrase sharing its first word.
        list.Sort(static (a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>
    /// The longest phrase of one of <paramref name="kinds"/> starting at token <paramref name="index"/>,
    /// also tried with a clitic letter stripped from the first word ("במאי", "والثلاثاء").
    /// </summary>
    public bool TryMatch(List<DateToken> tokens, int index, KindSet kinds, out DatePhrase phrase, out int next)
    {
        phrase = null!;
        next = index;
        if (index >= tokens.Count || tokens[index].Kind is DateTokenKind.LineBreak)
            return false;
        var first = tokens[index].Norm;
        if (TryMatchWord(tokens, index, first, kinds, out phrase, out next))
            return true;
        if (tokens[index].Kind != DateTokenKind.Word)
            return false;
        foreach (var clitic in _clitics)
        {
            if (first.Length >= clitic.Length + 2 && first.StartsWith(clitic, StringComparison.Ordinal)
                && TryMatchWord(tokens, index, first[clitic.Length..], kinds, out phrase, out next))
                return true;
        }
        return false;
    }

    /// <summary>Whether the word is one of this language's clitic prefixes written alone ("ב-15", "מ-20").</summary>
    public bool IsClitic(string word) => _clitics.Contains(word);

    private bool TryMatchWord(List<DateToken> tokens, int index, string first, KindSet kinds, out DatePhrase phrase, out int next)
    {
        phrase = null!;
        next = index;
        if (!_byFirstWord.TryGetValue(first, out var candidates))
            return false;
        foreach (var candidate in candidates)
        {
            if (!kinds.Contains(candidate.Kind) || index + candidate.Words.Length > tokens.Count)
                continue;
            var matches = true;
            for (var w = 1; w < candidate.Words.Length && matches; w++)
                matches = tokens[index + w].Norm == candidate.Words[w] && tokens[index + w].Kind != DateTokenKind.LineBreak;
            if (matches)
            {
                phrase = candidate;
                next = index + candidate.Words.Length;
                return true;
            }
        }
        return false;
    }

    /// <summary>The longest phrase of one of <paramref name="kinds"/> that ends just before token <paramref name="end"/>.</summary>
    public bool TryMatchEndingAt(List<DateToken> tokens, int end, KindSet kinds, out DatePhrase phrase, out int start)
    {
        for (var length = 4; length >= 1; length--)
        {
            start = end - length;
            if (start < 0)
                continue;
            if (TryMatch(tokens, start, kinds, out phrase, out var next) && next == end)
                return true;
        }
        phrase = null!;
        start = end;
        return false;
    }
}

/// <summary>A set of <see cref="DateWordKind"/>s as a bit mask, so a lookup filters without allocating.</summary>
internal readonly record struct KindSet(int Bits)
{
    public static KindSet Of(params ReadOnlySpan<DateWordKind> kinds)
    {
        var bits = 0;
        foreach (var kind in kinds)
            bits |= 1 << (int)kind;
        return new KindSet(bits);
    }

    public bool Contains(DateWordKind kind) => (Bits & (1 << (int)kind)) != 0;
}
