using NewsGraph.Extraction.Text;
using NewsGraph.Extraction.Dates;

namespace NewsGraph.Extraction.Articles;

/// <summary>What a page yields once its furniture is gone.</summary>
internal sealed record PageParts(string? Title, DateOnly? Published, string? Outlet, string Text);

/// <summary>
/// Reads a news page saved as plain text: headline, date and masthead lines at the top, then the body,
/// then whatever the site put around it. Removes the furniture named in <c>furniture.tsv</c>, repeated
/// paragraphs (a headline or caption printed twice) and header date lines, keeping the date.
/// </summary>
internal static class PlainTextPage
{
    /// <summary>How many non-empty lines at the top of a page may hold its date.</summary>
    private const int HeaderLines = 8;

    /// <summary>A date line may carry a few other words (outlet, author, section, clock time).</summary>
    private const int DateLineExtraWords = 8;

    /// <summary>A headline is one sentence of at most this many words.</summary>
    private const int HeadlineWords = 25;

    /// <summary>A teaser of another story is a short line: a headline or a caption.</summary>
    private const int TeaserWords = 12;

    /// <summary>So many short lines in a row after the body are other stories' teasers, not the article's end.</summary>
    private const int MinTeaserRun = 3;

    private static readonly DateFinder Dates = new();

    public static PageParts Parse(string text, string? knownTitle = null)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var (published, outlet) = ReadHeaderDates(lines);
        var kept = RemoveFurniture(lines);
        RemoveTrailingTeasers(kept);
        var title = knownTitle;
        var bodyStart = 0;
        if (title is null && kept.Count > 0 && IsHeadline(kept[0]))
            (title, bodyStart) = (kept[0], 1);
        var parts = new List<string>(kept.Count + 1);
        if (title is not null)
            parts.Add(title.Trim());
        for (var i = bodyStart; i < kept.Count; i++)
        {
            if (title is null || Furniture.Fold(kept[i]) != Furniture.Fold(title))
                parts.Add(kept[i]);
        }
        return new PageParts(title?.Trim(), published, outlet, string.Join('\n', parts));
    }

    private static bool IsHeadline(string line)
    {
        if (Words.Count(line) > HeadlineWords)
            return false;
        var trimmed = line.AsSpan().Trim();
        for (var i = 0; i < trimmed.Length - 1; i++)
        {
            if (trimmed[i] is '.' or '!' or '?' or '؟' && trimmed[i + 1] == ' ' && i > 0 && char.IsLetter(trimmed[i - 1]))
                return false;
        }
        return true;
    }

    /// <summary>
    /// Finds the publication date among the first lines and blanks those date lines. The very first line,
    /// when it is a weekday and a date above the headline, is the site's clock ("today is…"), not the
    /// article's date: it is blanked and ignored.
    /// </summary>
    private static (DateOnly? Published, string? Outlet) ReadHeaderDates(string[] lines)
    {
        DateOnly? published = null;
        string? outlet = null;
        var seen = 0;
        for (var i = 0; i < lines.Length && seen < HeaderLines; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
                continue;
            seen++;
            var line = lines[i];
            var labelEnd = Furniture.Default.DateLabelLength(line);
            var mentions = Dates.Find(line, null, null);
            DateMention? date = null;
            var covered = 0;
            foreach (var mention in mentions)
            {
                covered += Words.Count(line.Substring(mention.Start, mention.Length));
                if (date is null && mention.Value is { Precision: DatePrecision.Day } && mention.End is null && mention.Start >= labelEnd)
                    date = mention;
            }
            if (date is null)
                continue;
            var extraWords = Words.Count(line) - covered;
            var value = date.Value!.Value;
            var day = new DateOnly(value.Year, value.Month!.Value, value.Day!.Value);
            if (labelEnd > 0 && line[labelEnd..date.Start].Trim().Length == 0)
            {
                // "date 2020-01-12 BEIRUT, LEBANON – …": a labelled date in front of the first paragraph.
                published ??= day;
                var rest = line[(date.Start + date.Length)..].Trim();
                lines[i] = Words.Count(rest) <= 2 ? "" : rest;
                continue;
            }
            if (extraWords > DateLineExtraWords)
                continue;
            var isClock = seen == 1 && Dates.NamesWeekday(line, null);
            lines[i] = "";
            if (isClock)
                continue;
            published ??= day;
            outlet ??= RepeatedName(line[..date.Start]);
        }
        return (published, outlet);
    }

    /// <summary>"חדשות כיפה חדשות כיפה": a site name printed twice (logo text and name) before the date.</summary>
    private static string? RepeatedName(string prefix)
    {
        var words = prefix.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < 2 || words.Length % 2 != 0)
            return null;
        var half = words.Length / 2;
        for (var i = 0; i < half; i++)
        {
            if (words[i] != words[half + i])
                return null;
        }
        return string.Join(' ', words, 0, half);
    }

    /// <summary>
    /// Drops the run of short headline-like lines that ends many pages with no marker before it (links to
    /// other stories, "hard to watch", a copyright line): at least <see cref="MinTeaserRun"/> of them, after
    /// a body that keeps as many lines.
    /// </summary>
    private static void RemoveTrailingTeasers(List<string> kept)
    {
        var run = 0;
        while (run < kept.Count && IsTeaser(kept[^(run + 1)]))
            run++;
        if (run >= MinTeaserRun && kept.Count - run >= MinTeaserRun)
            kept.RemoveRange(kept.Count - run, run);
    }

    private static bool IsTeaser(string line) => Words.Count(line) <= TeaserWords && IsHeadline(line);

    private static List<string> RemoveFurniture(string[] lines)
    {
        var kept = new List<string>(lines.Length);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var total = 0;
        foreach (var raw in lines)
        {
            if (!string.IsNullOrWhiteSpace(raw))
                total++;
        }
        var index = 0;
        var skipNext = false;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
                continue;
            var lineIndex = index++;
            if (skipNext)
            {
                skipNext = false;
                continue;
            }
            switch (Furniture.Default.Classify(line, out _))
            {
                case LineRole.BlockStart:
                    return kept;
                case LineRole.ReadAlsoAlone when lineIndex >= total / 2:
                    return kept;
                case LineRole.ReadAlsoAlone or LineRole.DropWithNext:
                    skipNext = true;
                    continue;
                case LineRole.Drop:
                    continue;
            }
            if (seen.Add(Furniture.Fold(line)))
                kept.Add(line);
        }
        return kept;
    }
}
