using NewsGraph.Extraction.Text;
using NewsGraph.Extraction.Lexicon;

namespace NewsGraph.Extraction.Articles;

/// <summary>What a line of a page is, as far as page furniture goes.</summary>
internal enum LineRole { Content, Drop, DropWithNext, BlockStart, ReadAlsoAlone }

/// <summary>
/// The page-furniture markers of <c>ontology/lexicon/furniture.tsv</c> (every language's at once: an
/// Arabic page may well end with an English "Related Posts"), and the test of one line against them.
/// </summary>
internal sealed class Furniture
{
    private static readonly Lazy<Furniture> Embedded = new(() => new Furniture(LexiconTable.Load("furniture")));

    private readonly List<(string Kind, string Form)> _lineRules = [];
    private readonly List<string> _dateLabels = [];

    public static Furniture Default => Embedded.Value;

    public Furniture(LexiconTable table)
    {
        foreach (var entry in table.Entries)
        {
            switch (entry.Kind)
            {
                case "html-tag": HtmlTags.Add(entry.Form.ToLowerInvariant()); break;
                case "html-class": HtmlClasses.Add(entry.Form.ToLowerInvariant()); break;
                case "date-label": _dateLabels.Add(Fold(entry.Form)); break;
                case "block-start" or "read-also" or "line" or "line-prefix" or "line-suffix" or "masthead" or "byline-prefix":
                    _lineRules.Add((entry.Kind, Fold(entry.Form)));
                    break;
                default:
                    throw new FormatException($"furniture.tsv: unknown kind '{entry.Kind}' for '{entry.Form}'");
            }
        }
        // Longer markers first so "اقرأ أيضا" is tested before a shorter marker it starts with.
        _lineRules.Sort(static (a, b) => b.Form.Length.CompareTo(a.Form.Length));
    }

    public HashSet<string> HtmlTags { get; } = new(StringComparer.Ordinal);

    public List<string> HtmlClasses { get; } = [];

    /// <summary>The folded line without bullets, outer spaces or a trailing colon: the form markers are compared in.</summary>
    public static string Fold(string line)
    {
        var span = line.AsSpan().Trim();
        span = span.TrimStart("•·*-–—▪►» \t");
        span = span.TrimEnd(": \t");
        return FoldedText.LooseKey(span);
    }

    /// <summary>The role of one line of a page.</summary>
    public LineRole Classify(string line, out string marker)
    {
        var folded = Fold(line);
        marker = "";
        foreach (var (kind, form) in _lineRules)
        {
            var exact = folded == form;
            var prefix = !exact && folded.Length > form.Length && folded.StartsWith(form, StringComparison.Ordinal) && !char.IsLetterOrDigit(folded[form.Length]);
            var suffix = kind == "line-suffix" && folded.EndsWith(form, StringComparison.Ordinal) && folded.Length > form.Length && folded[^(form.Length + 1)] == ' ';
            if (!exact && !prefix && !suffix)
                continue;
            marker = form;
            switch (kind)
            {
                case "block-start" when exact || (prefix && Words.Count(folded) <= Words.Count(form) + 3):
                    return LineRole.BlockStart;
                case "read-also":
                    return exact ? LineRole.ReadAlsoAlone : LineRole.Drop;
                case "line" when exact:
                case "line-prefix" when exact || prefix:
                case "line-suffix" when suffix:
                    return LineRole.Drop;
                case "masthead" when exact:
                    return LineRole.DropWithNext;
                case "byline-prefix" when prefix && Words.Count(folded) <= 8:
                    return LineRole.Drop;
            }
        }
        return LineRole.Content;
    }

    /// <summary>The length of a leading date label ("تاريخ النشر:", "date") in <paramref name="line"/>, or 0.</summary>
    public int DateLabelLength(string line)
    {
        var trimmed = line.TrimStart();
        var offset = line.Length - trimmed.Length;
        foreach (var label in _dateLabels)
        {
            if (trimmed.Length <= label.Length)
                continue;
            var head = FoldedText.LooseKey(trimmed.AsSpan(0, label.Length));
            if (head == label && !char.IsLetter(trimmed[label.Length]))
                return offset + label.Length;
        }
        return 0;
    }

}
