namespace NewsGraph.Extraction.Dates;

/// <summary>
/// Finds time expressions in text and places them on the calendar relative to the publication date:
/// absolute dates ("15 May 2022", "24 أبريل 2024", "13 ноября"), days and months without a year,
/// months, years in context ("عام 2012"), weekdays, "yesterday"/"أمس"/"אתמול", "last March"/"آذار الماضي",
/// ranges ("بين 20 و22 مارس") and combinations ("tomorrow, Sunday, 15 May": one mention, the explicit date wins).
/// The words are the rows of <c>ontology/lexicon/dates.tsv</c>; the scan is one pass over hand-made tokens.
/// </summary>
public sealed class DateFinder
{
    private readonly Func<string?, DateLexicon> _lexicons;

    public DateFinder() => _lexicons = DateLexicon.For;

    /// <summary>A finder over a table given by the caller (tests write small ones).</summary>
    internal DateFinder(Dictionary<string, DateLexicon> lexicons) =>
        _lexicons = language => language is not null && lexicons.TryGetValue(language, out var l) ? l : lexicons[""];

    /// <summary>
    /// Every time expression in <paramref name="text"/>, in order. Expressions that need the publication
    /// date ("Tuesday", "15 May") have a null <see cref="DateMention.Value"/> when <paramref name="published"/> is null.
    /// </summary>
    /// <param name="language">The text's language ("ar", "he", "en", "ru"); another or empty uses every language's words.</param>
    public IReadOnlyList<DateMention> Find(string text, string? language, DateOnly? published)
    {
        var scan = new DateScan(DateTokenizer.Tokenize(text), _lexicons(language));
        var mentions = new List<DateMention>();
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!scan.TryChain(i, out var chain))
                continue;
            var mention = Resolve(chain, tokens, published);
            if (mention is not null)
                mentions.Add(mention);
            i = chain[^1].End - 1;
        }
        return mentions;
    }

    /// <summary>Whether <paramref name="text"/> names a day of the week ("الأربعاء", "Tue"): a page's clock line does.</summary>
    internal bool NamesWeekday(string text, string? language)
    {
        var tokens = DateTokenizer.Tokenize(text);
        var lexicon = _lexicons(language);
        var weekdays = KindSet.Of(DateWordKind.Weekday, DateWordKind.WeekdayAbbrev);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == DateTokenKind.Word && lexicon.TryMatch(tokens, i, weekdays, out _, out _))
                return true;
        }
        return false;
    }

    private static DateMention? Resolve(List<DateUnit> chain, List<DateToken> tokens, DateOnly? published)
    {
        DateUnit? date = null, relativeDay = null, weekday = null, other = null;
        foreach (var unit in chain)
        {
            switch (unit.Kind)
            {
                case UnitKind.Date: date = unit; break;
                case UnitKind.RelativeDay: relativeDay = unit; break;
                case UnitKind.Weekday: weekday = unit; break;
                case UnitKind.DayPart: break;
                default: other = unit; break;
            }
        }
        // Short weekday names ("Tue") and day parts ("مساء") only count next to a fuller expression.
        if (date is null && relativeDay is null && other is null && (weekday is null || weekday.Abbreviated))
            return null;

        var start = tokens[chain[0].First].Start;
        var last = tokens[chain[^1].End - 1];
        var length = last.End - start;
        PartialDate? value = null, end = null;
        if (date is not null)
            (value, end) = ResolveDate(date, published);
        else if (relativeDay is not null)
            value = published is { } p ? PartialDate.Of(p.AddDays(relativeDay.Offset)) : null;
        else if (weekday is not null)
            value = published is { } p ? PartialDate.Of(Calendar.Weekday(weekday.Weekday, p, weekday.Direction)) : null;
        else if (other is not null)
            value = ResolveOther(other, published);
        return new DateMention(start, length, value, end);
    }

    private static (PartialDate? Value, PartialDate? End) ResolveDate(DateUnit unit, DateOnly? published)
    {
        var endMonth = unit.EndMonth;
        var endYear = unit.EndYear;
        if (unit.IsRange && endYear == 0)
        {
            if (unit.YearOffset is { } offset && published is { } p0)
                endYear = p0.Year + offset;
            else if (published is { } p1 && Calendar.YearOfDayMonth(endMonth, unit.EndDay, p1, unit.Direction) is { } y)
                endYear = y;
            else
                return (null, null);
        }
        if (unit.IsRange)
        {
            var startMonth = unit.Month == 0 ? endMonth : unit.Month;
            var startYear = unit.Year != 0 ? unit.Year : endYear;
            if (unit.Year == 0 && (startMonth > endMonth || (startMonth == endMonth && unit.Day > unit.EndDay)))
                startYear--;
            var first = Calendar.SafeDate(startYear, startMonth, unit.Day);
            var last = Calendar.SafeDate(endYear, endMonth, unit.EndDay);
            return first is null || last is null ? (null, null) : (PartialDate.Of(first.Value), PartialDate.Of(last.Value));
        }
        var year = unit.Year;
        if (year == 0)
        {
            if (published is not { } p)
                return (null, null);
            year = unit.YearOffset is { } offset ? p.Year + offset
                : Calendar.YearOfDayMonth(unit.Month, unit.Day, p, unit.Direction) ?? 0;
        }
        return Calendar.SafeDate(year, unit.Month, unit.Day) is { } d ? (PartialDate.Of(d), null) : (null, null);
    }

    private static PartialDate? ResolveOther(DateUnit unit, DateOnly? published)
    {
        switch (unit.Kind)
        {
            case UnitKind.Year:
                return new PartialDate(unit.Year);
            case UnitKind.Month when unit.Year != 0:
                return new PartialDate(unit.Year, unit.Month);
        }
        if (published is not { } p)
            return null;
        return unit.Kind switch
        {
            UnitKind.Month when unit.YearOffset is { } offset => new PartialDate(p.Year + offset, unit.Month),
            UnitKind.Month => new PartialDate(Calendar.YearOfMonth(unit.Month, p, unit.Direction), unit.Month),
            UnitKind.RelativeMonth => Calendar.AddMonths(p, unit.Offset),
            UnitKind.RelativeYear => new PartialDate(p.Year + unit.Offset),
            // A week is not an XSD date type, and a Hebrew-calendar date needs a conversion we do not make.
            _ => null,
        };
    }
}
