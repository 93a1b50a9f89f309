using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Dates;

/// <summary>
/// Reads <see cref="DateUnit"/>s from the tokens of one text with one language's lexicon, and joins
/// neighbouring units into the chain that forms one mention.
/// </summary>
internal sealed class DateScan
{
    private static readonly KindSet UnitStarts = KindSet.Of(
        DateWordKind.Month, DateWordKind.MonthAbbrev, DateWordKind.Weekday, DateWordKind.WeekdayAbbrev, DateWordKind.WeekdayParen,
        DateWordKind.RelativeDay, DateWordKind.RelativeWeek, DateWordKind.RelativeMonth, DateWordKind.RelativeYear,
        DateWordKind.OrdinalDay, DateWordKind.DayPart);
    private static readonly KindSet Months = KindSet.Of(DateWordKind.Month, DateWordKind.MonthAbbrev);
    private static readonly KindSet Markers = KindSet.Of(DateWordKind.FutureMarker, DateWordKind.PastMarker, DateWordKind.CurrentMarker);
    private static readonly KindSet BeforeMarkers = KindSet.Of(DateWordKind.FutureMarker, DateWordKind.PastMarker);
    private static readonly KindSet MonthContext = KindSet.Of(DateWordKind.MonthBefore, DateWordKind.FutureMarker, DateWordKind.PastMarker);
    private static readonly KindSet RangeTo = KindSet.Of(DateWordKind.RangeTo);
    private static readonly KindSet RangeFrom = KindSet.Of(DateWordKind.RangeFrom);
    private static readonly KindSet OrdinalSuffix = KindSet.Of(DateWordKind.OrdinalSuffix);
    private static readonly KindSet Glue = KindSet.Of(DateWordKind.Glue);
    private static readonly KindSet OfWord = KindSet.Of(DateWordKind.Glue, DateWordKind.RangeFrom);
    private static readonly KindSet YearBefore = KindSet.Of(DateWordKind.YearBefore);
    private static readonly KindSet YearAfter = KindSet.Of(DateWordKind.YearAfter);
    private static readonly KindSet RelativeYear = KindSet.Of(DateWordKind.RelativeYear);
    private static readonly KindSet HebrewMonth = KindSet.Of(DateWordKind.HebrewMonth);
    private static readonly KindSet FutureCue = KindSet.Of(DateWordKind.FutureCue);

    private readonly DateLexicon _lexicon;
    private bool[]? _futureCueBefore;

    public DateScan(List<DateToken> tokens, DateLexicon lexicon)
    {
        Tokens = tokens;
        _lexicon = lexicon;
    }

    public List<DateToken> Tokens { get; }

    /// <summary>The units of one mention starting at token <paramref name="index"/>, if one starts there.</summary>
    public bool TryChain(int index, out List<DateUnit> chain)
    {
        chain = null!;
        if (!TryUnit(index, out var unit))
            return false;
        chain = [unit];
        var seen = 1 << (int)unit.Kind;
        while (Chainable(unit))
        {
            var next = SkipGlue(unit.End);
            if (!TryUnit(next, out var following) || !Chainable(following) || (seen & (1 << (int)following.Kind)) != 0)
                break;
            seen |= 1 << (int)following.Kind;
            chain.Add(following);
            unit = following;
        }
        // "היום (ראשון)": the closing parenthesis belongs to the expression.
        var end = chain[^1].End;
        if (end < Tokens.Count && Tokens[end].IsPunct(')') && chain[^1].First > 0 && Tokens[chain[^1].First - 1].IsPunct('('))
            chain[^1].End = end + 1;
        return true;
    }

    /// <summary>Pieces that name one day and so may be said together; a range is complete in itself.</summary>
    private static bool Chainable(DateUnit unit) =>
        unit.Kind is UnitKind.Weekday or UnitKind.RelativeDay or UnitKind.DayPart or UnitKind.HebrewDate
        || unit.Kind == UnitKind.Date && !unit.IsRange;

    /// <summary>Skips commas, parentheses, glue words ("يوم", "on") and clock times between two units.</summary>
    private int SkipGlue(int index)
    {
        while (index < Tokens.Count)
        {
            var token = Tokens[index];
            if (token.Kind == DateTokenKind.Punct && token.Norm is "," or "،" or "(" or ")" or "|")
            {
                index++;
                continue;
            }
            if (token.Kind == DateTokenKind.Number && IsGluedPunct(index + 1, ':') && index + 2 < Tokens.Count && Tokens[index + 2].Kind == DateTokenKind.Number)
            {
                index += 3;
                while (IsGluedPunct(index, ':') && index + 1 < Tokens.Count && Tokens[index + 1].Kind == DateTokenKind.Number)
                    index += 2;
                continue;
            }
            if (_lexicon.TryMatch(Tokens, index, Glue, out _, out var next) && !IsUnitStart(index))
            {
                index = next;
                continue;
            }
            break;
        }
        return index;
    }

    private bool IsUnitStart(int index) => _lexicon.TryMatch(Tokens, index, UnitStarts, out _, out _);

    private bool IsGluedPunct(int index, char c) =>
        index < Tokens.Count && Tokens[index].IsPunct(c) && !Tokens[index].SpaceBefore;

    private bool IsGluedNumber(int index) =>
        index < Tokens.Count && Tokens[index].Kind == DateTokenKind.Number && !Tokens[index].SpaceBefore;

    private bool TryUnit(int index, out DateUnit unit)
    {
        unit = null!;
        if (index >= Tokens.Count)
            return false;
        var token = Tokens[index];
        if (token.Kind == DateTokenKind.Number)
            return TryNumeric(index, out unit) || TryDayFirst(index, out unit) || TryYear(index, out unit);
        if (token.Kind != DateTokenKind.Word)
            return false;
        // "ה-15 במאי", "מ-20 עד 22 במרץ", "ב-2012": a clitic letter joined to a number by a hyphen.
        if (_lexicon.IsClitic(token.Norm) && IsGluedPunct(index + 1, '-') && IsGluedNumber(index + 2))
        {
            if (TryUnit(index + 2, out unit))
            {
                unit.First = index;
                return true;
            }
            return false;
        }
        if (_lexicon.TryMatch(Tokens, index, UnitStarts, out var phrase, out var next) && IsCased(token, phrase.Kind))
        {
            switch (phrase.Kind)
            {
                case DateWordKind.Month or DateWordKind.MonthAbbrev:
                    return TryMonthFirst(index, phrase, out unit);
                case DateWordKind.Weekday or DateWordKind.WeekdayAbbrev or DateWordKind.WeekdayParen:
                    return TryWeekday(index, phrase, next, out unit);
                case DateWordKind.OrdinalDay:
                    return TryOrdinalDay(index, phrase, next, out unit);
                case DateWordKind.DayPart:
                    unit = new DateUnit(UnitKind.DayPart, index, next);
                    return true;
                default:
                    var kind = phrase.Kind switch
                    {
                        DateWordKind.RelativeDay => UnitKind.RelativeDay,
                        DateWordKind.RelativeWeek => UnitKind.RelativeWeek,
                        DateWordKind.RelativeMonth => UnitKind.RelativeMonth,
                        _ => UnitKind.RelativeYear,
                    };
                    unit = new DateUnit(kind, index, next) { Offset = phrase.Value };
                    return true;
            }
        }
        return TryHebrewDate(index, out unit);
    }

    /// <summary>
    /// Latin-script month and weekday names are capitalised in running text; requiring it keeps
    /// "may", "march" and "sun" the verbs and nouns they usually are.
    /// </summary>
    private static bool IsCased(DateToken token, DateWordKind kind) =>
        kind is not (DateWordKind.Month or DateWordKind.MonthAbbrev or DateWordKind.Weekday or DateWordKind.WeekdayAbbrev)
        || token.Norm.Length == 0 || token.Norm[0] is < 'a' or > 'z' || token.Capitalized;

    /// <summary>"2024-11-13", "28/03/2016", "14/05/22", "18.10.2022".</summary>
    private bool TryNumeric(int index, out DateUnit unit)
    {
        unit = null!;
        var a = Tokens[index];
        if (index + 4 >= Tokens.Count || Tokens[index + 1].Kind != DateTokenKind.Punct || !IsGluedNumber(index + 2)
            || !IsGluedPunct(index + 3, Tokens[index + 1].Norm[0]) || !IsGluedNumber(index + 4) || Tokens[index + 1].SpaceBefore)
            return false;
        var separator = Tokens[index + 1].Norm[0];
        var b = Tokens[index + 2];
        var c = Tokens[index + 4];
        int year, month, day;
        if (a.Length == 4 && separator == '-' && b.Length <= 2 && c.Length <= 2)
            (year, month, day) = (a.Number, b.Number, c.Number);
        else if (separator is '/' or '.' or '-' && a.Length <= 2 && b.Length <= 2 && c.Length is 2 or 4)
        {
            year = c.Length == 4 ? c.Number : c.Number < 70 ? 2000 + c.Number : 1900 + c.Number;
            // Day first, as in every language we read; a month above 12 means the US order.
            (day, month) = b.Number > 12 && a.Number <= 12 ? (b.Number, a.Number) : (a.Number, b.Number);
        }
        else
            return false;
        if (Calendar.SafeDate(year, month, day) is null)
            return false;
        unit = new DateUnit(UnitKind.Date, index, index + 5) { Year = year, Month = month, Day = day };
        return true;
    }

    /// <summary>A day number 1–31 at <paramref name="index"/> with its ordinal suffix ("3rd", "7-го"); returns the token after it.</summary>
    private int ReadDay(int index, out int day)
    {
        day = 0;
        if (index >= Tokens.Count || Tokens[index].Kind != DateTokenKind.Number || Tokens[index].Length > 2 || Tokens[index].Number is < 1 or > 31)
            return -1;
        // A clock time ("20:49") or a decimal ("1.5") is not a day.
        if ((IsGluedPunct(index + 1, ':') || IsGluedPunct(index + 1, '.')) && IsGluedNumber(index + 2))
            return -1;
        day = Tokens[index].Number;
        var next = index + 1;
        if (next < Tokens.Count && !Tokens[next].SpaceBefore && _lexicon.TryMatch(Tokens, next, OrdinalSuffix, out _, out var after))
            next = after;
        else if (IsGluedPunct(next, '-') && next + 1 < Tokens.Count && Tokens[next + 1].Kind == DateTokenKind.Word
                 && _lexicon.TryMatch(Tokens, next + 1, OrdinalSuffix, out _, out after))
            next = after;
        return next;
    }

    /// <summary>A month name at <paramref name="index"/>, with a second name after a slash ("حزيران/يونيو").</summary>
    private int ReadMonth(int index, out int month, out bool abbreviated)
    {
        month = 0;
        abbreviated = false;
        if (!_lexicon.TryMatch(Tokens, index, Months, out var phrase, out var next) || !IsCased(Tokens[index], phrase.Kind))
            return -1;
        month = phrase.Value;
        abbreviated = phrase.Kind == DateWordKind.MonthAbbrev;
        if (abbreviated && IsGluedPunct(next, '.'))
            next++;
        if (next < Tokens.Count && Tokens[next].IsPunct('/') && _lexicon.TryMatch(Tokens, next + 1, Months, out _, out var second))
            next = second;
        return next;
    }

    /// <summary>A four-digit year after a date ("2024", ", 2018", "2024 года"); returns the token after it.</summary>
    private int ReadYear(int index, out int year)
    {
        year = 0;
        var at = index < Tokens.Count && Tokens[index].IsPunct(',') ? index + 1 : index;
        if (at >= Tokens.Count || Tokens[at].Kind != DateTokenKind.Number || Tokens[at].Length != 4 || Tokens[at].Number is < 1000 or > 2999)
            return -1;
        if (IsGluedPunct(at + 1, ':'))
            return -1;
        year = Tokens[at].Number;
        var next = at + 1;
        if (_lexicon.TryMatch(Tokens, next, YearAfter, out _, out var after))
            next = IsGluedPunct(after, '.') ? after + 1 : after;
        return next;
    }

    /// <summary>A date that starts with its day: "15 May 2022", "3rd, December 2023", "28 فبراير إلى 2 مارس", "20-22 March", "20 و22 مارس".</summary>
    private bool TryDayFirst(int index, out DateUnit unit)
    {
        unit = null!;
        var next = ReadDay(index, out var day);
        if (next < 0)
            return false;
        var monthAt = SkipDayMonthGlue(next);
        var afterMonth = ReadMonth(monthAt, out var month, out _);
        if (afterMonth >= 0)
        {
            var afterYear = ReadYear(afterMonth, out var year);
            unit = new DateUnit(UnitKind.Date, index, afterYear >= 0 ? afterYear : afterMonth) { Year = year, Month = month, Day = day };
            if (TryRangeEnd(unit.End, out var endDay, out var endMonth, out var endYear, out var end, needMonth: true))
            {
                unit.IsRange = true;
                (unit.EndDay, unit.EndMonth, unit.EndYear, unit.End) = (endDay, endMonth, endYear, end);
                if (unit.Year != 0 && unit.EndYear == 0)
                    unit.EndYear = unit.Year;
            }
            ReadAfterDate(unit);
            ExtendToRangeFrom(unit);
            return true;
        }
        // "20-22 March", "بين 20 و22 مارس", "מ-20 עד 22 במרץ": the month is given once, at the end.
        if (TryRangeEnd(next, out var lastDay, out var lastMonth, out var lastYear, out var rangeEnd, needMonth: true) && lastDay >= day)
        {
            unit = new DateUnit(UnitKind.Date, index, rangeEnd)
            {
                IsRange = true, Day = day, Year = lastYear, EndDay = lastDay, EndMonth = lastMonth, EndYear = lastYear,
            };
            ReadAfterDate(unit);
            ExtendToRangeFrom(unit);
            return true;
        }
        return false;
    }

    /// <summary>Between a day and its month: ", " ("3rd, December"), "of"/"من" ("the 1st of March").</summary>
    private int SkipDayMonthGlue(int index)
    {
        if (index < Tokens.Count && Tokens[index].IsPunct(','))
            index++;
        if (_lexicon.TryMatch(Tokens, index, OfWord, out _, out var next) && _lexicon.TryMatch(Tokens, next, Months, out _, out _))
            index = next;
        return index;
    }

    /// <summary>"… to 2 March [2024]" / "… و22 مارس": the end of a range after its first day.</summary>
    private bool TryRangeEnd(int index, out int day, out int month, out int year, out int end, bool needMonth)
    {
        day = month = year = 0;
        end = index;
        if (!_lexicon.TryMatch(Tokens, index, RangeTo, out _, out var next))
            return false;
        if (IsGluedPunct(next, '-'))
            next++;
        var afterDay = ReadDay(next, out day);
        if (afterDay < 0)
            return false;
        var afterMonth = ReadMonth(SkipDayMonthGlue(afterDay), out month, out _);
        if (afterMonth < 0)
        {
            if (needMonth)
                return false;
            end = afterDay;
            return true;
        }
        var afterYear = ReadYear(afterMonth, out year);
        end = afterYear >= 0 ? afterYear : afterMonth;
        return true;
    }

    /// <summary>"from"/"بين"/"מ-" just before a range belongs to it.</summary>
    private void ExtendToRangeFrom(DateUnit unit)
    {
        if (!unit.IsRange)
            return;
        var before = unit.First;
        if (before > 0 && Tokens[before - 1].IsPunct('-') && !Tokens[before].SpaceBefore)
            before--;
        if (_lexicon.TryMatchEndingAt(Tokens, before, RangeFrom, out _, out var start))
            unit.First = start;
    }

    /// <summary>Words after a date without a year: "المقبل", "last year".</summary>
    private void ReadAfterDate(DateUnit unit)
    {
        if (unit.Year != 0)
            return;
        if (_lexicon.TryMatch(Tokens, unit.End, RelativeYear, out var relative, out var next))
        {
            unit.YearOffset = relative.Value;
            unit.End = next;
        }
        else if (_lexicon.TryMatch(Tokens, unit.End, Markers, out var marker, out next))
        {
            unit.Direction = DirectionOf(marker.Kind);
            unit.End = next;
        }
        else if (FutureCueBefore(unit.First))
            unit.Direction = Direction.FutureCue;
    }

    /// <summary>"March 20", "March 20-22", "March 2023", and a month alone where context makes it one ("in May", "آذار الماضي").</summary>
    private bool TryMonthFirst(int index, DatePhrase phrase, out DateUnit unit)
    {
        unit = null!;
        var afterMonth = ReadMonth(index, out var month, out var abbreviated);
        if (afterMonth < 0)
            return false;
        var afterDay = ReadDay(afterMonth, out var day);
        if (afterDay >= 0 && !(afterDay < Tokens.Count && Tokens[afterDay].Kind == DateTokenKind.Word && !Tokens[afterDay].SpaceBefore && Tokens[afterDay].Norm.Length > 2))
        {
            unit = new DateUnit(UnitKind.Date, index, afterDay) { Month = month, Day = day };
            if (TryRangeEnd(afterDay, out var endDay, out var endMonth, out _, out var rangeEnd, needMonth: false) && (endMonth != 0 || endDay > day))
            {
                unit.IsRange = true;
                (unit.EndDay, unit.EndMonth, unit.End) = (endDay, endMonth == 0 ? month : endMonth, rangeEnd);
            }
            var afterYear = ReadYear(unit.End, out var year);
            if (afterYear >= 0)
            {
                unit.Year = year;
                unit.EndYear = unit.IsRange ? year : 0;
                unit.End = afterYear;
            }
            ReadAfterDate(unit);
            ExtendToRangeFrom(unit);
            return true;
        }
        var afterYearOnly = ReadYear(afterMonth, out var monthYear);
        if (afterYearOnly >= 0)
        {
            unit = new DateUnit(UnitKind.Month, index, afterYearOnly) { Month = month, Year = monthYear };
            return true;
        }
        if (abbreviated)
            return false;
        unit = new DateUnit(UnitKind.Month, index, afterMonth) { Month = month };
        var hasContext = Tokens[index].Norm != phrase.Words[0] // a clitic was stripped: "בספטמבר"
                         || _lexicon.TryMatchEndingAt(Tokens, index, MonthContext, out _, out _);
        if (_lexicon.TryMatchEndingAt(Tokens, index, BeforeMarkers, out var before, out var beforeStart))
        {
            unit.Direction = DirectionOf(before.Kind);
            unit.First = beforeStart;
        }
        if (_lexicon.TryMatch(Tokens, afterMonth, RelativeYear, out var relative, out var afterRelative))
        {
            unit.YearOffset = relative.Value;
            unit.End = afterRelative;
            hasContext = true;
        }
        else if (_lexicon.TryMatch(Tokens, afterMonth, Markers, out var marker, out var afterMarker))
        {
            unit.Direction = DirectionOf(marker.Kind);
            unit.End = afterMarker;
            hasContext = true;
        }
        if (!hasContext)
            return false;
        if (unit.Direction == Direction.None && FutureCueBefore(unit.First))
            unit.Direction = Direction.FutureCue;
        return true;
    }

    private bool TryWeekday(int index, DatePhrase phrase, int next, out DateUnit unit)
    {
        unit = null!;
        if (phrase.Kind == DateWordKind.WeekdayParen && (index == 0 || !Tokens[index - 1].IsPunct('(')))
            return false;
        unit = new DateUnit(UnitKind.Weekday, index, next)
        {
            Weekday = phrase.Value,
            Abbreviated = phrase.Kind == DateWordKind.WeekdayAbbrev,
        };
        if (IsGluedPunct(next, '.') && unit.Abbreviated)
            unit.End = next + 1;
        if (_lexicon.TryMatch(Tokens, unit.End, BeforeMarkers, out var after, out var afterEnd))
        {
            unit.Direction = DirectionOf(after.Kind);
            unit.End = afterEnd;
        }
        else if (_lexicon.TryMatchEndingAt(Tokens, index, BeforeMarkers, out var before, out var beforeStart))
        {
            unit.Direction = DirectionOf(before.Kind);
            unit.First = beforeStart;
        }
        else if (FutureCueBefore(index))
            unit.Direction = Direction.FutureCue;
        return true;
    }

    /// <summary>"الأول من مارس", "the first of March".</summary>
    private bool TryOrdinalDay(int index, DatePhrase phrase, int next, out DateUnit unit)
    {
        unit = null!;
        var afterMonth = ReadMonth(SkipDayMonthGlue(next), out var month, out _);
        if (afterMonth < 0)
            return false;
        var afterYear = ReadYear(afterMonth, out var year);
        unit = new DateUnit(UnitKind.Date, index, afterYear >= 0 ? afterYear : afterMonth) { Day = phrase.Value, Month = month, Year = year };
        ReadAfterDate(unit);
        return true;
    }

    /// <summary>A year where the words around it make it one: "في 2012", "عام 2012", "in 2016", "в 2012 году".</summary>
    private bool TryYear(int index, out DateUnit unit)
    {
        unit = null!;
        var token = Tokens[index];
        if (token.Length != 4 || token.Number is < 1000 or > 2999 || IsGluedPunct(index + 1, ':') || IsGluedPunct(index + 1, '.') && IsGluedNumber(index + 2))
            return false;
        var before = index;
        if (before > 1 && Tokens[before - 1].IsPunct('-') && !token.SpaceBefore && !Tokens[before - 1].SpaceBefore)
            before--;
        var end = index + 1;
        var context = _lexicon.TryMatchEndingAt(Tokens, before, YearBefore, out _, out _) || EndsWithYearWord(before - 1);
        if (_lexicon.TryMatch(Tokens, end, YearAfter, out _, out var afterWord))
        {
            context = true;
            end = IsGluedPunct(afterWord, '.') ? afterWord + 1 : afterWord;
        }
        if (!context)
            return false;
        unit = new DateUnit(UnitKind.Year, index, end) { Year = token.Number };
        return true;
    }

    /// <summary>A year word run into the word before it ("قطرعام 2012"), a common typing slip.</summary>
    private bool EndsWithYearWord(int index)
    {
        if (index < 0 || Tokens[index].Kind != DateTokenKind.Word || Tokens[index].Norm.Length < 5)
            return false;
        var word = Tokens[index].Norm;
        for (var length = 3; length <= 4 && length < word.Length - 1; length++)
        {
            var tail = new DateToken(0, length, DateTokenKind.Word, word[^length..], 0, true, false);
            if (_lexicon.TryMatch([tail], 0, YearBefore, out _, out _))
                return true;
        }
        return false;
    }

    /// <summary>"י"ד באייר", "יג באייר התשפב": a Hebrew-calendar date, reported unresolved.</summary>
    private bool TryHebrewDate(int index, out DateUnit unit)
    {
        unit = null!;
        if (!IsGematria(Tokens[index].Norm) || !_lexicon.TryMatch(Tokens, index + 1, HebrewMonth, out _, out var next))
            return false;
        // A year follows as "תשפ\"ב" or "התשפב"; a plain short word ("לאבו") is not one.
        if (next < Tokens.Count && Tokens[next].Norm is { Length: >= 4 } year && (year.Contains('"') || year[0] == 'ה')
            && IsGematria(year, allowYearPrefix: true))
            next++;
        unit = new DateUnit(UnitKind.HebrewDate, index, next);
        return true;
    }

    /// <summary>Hebrew letters used as a number: up to four letters, with or without ׳/״ marks.</summary>
    private static bool IsGematria(string word, bool allowYearPrefix = false)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (c is '"' or '\'')
                continue;
            if (!Scripts.IsHebrewLetter(c))
                return false;
            letters++;
        }
        return letters is >= 1 and <= 4 || (allowYearPrefix && letters == 5 && word[0] == 'ה');
    }

    private static Direction DirectionOf(DateWordKind kind) => kind switch
    {
        DateWordKind.FutureMarker => Direction.Future,
        DateWordKind.PastMarker => Direction.Past,
        DateWordKind.CurrentMarker => Direction.Current,
        _ => Direction.None,
    };

    /// <summary>Whether a future cue ("will", "سوف", "צפוי") comes earlier in the same sentence.</summary>
    private bool FutureCueBefore(int index)
    {
        if (_futureCueBefore is null)
        {
            _futureCueBefore = new bool[Tokens.Count + 1];
            var seen = false;
            for (var i = 0; i < Tokens.Count; i++)
            {
                _futureCueBefore[i] = seen;
                var token = Tokens[i];
                if (token.Kind == DateTokenKind.LineBreak || token.Kind == DateTokenKind.Punct && token.Norm is "." or "!" or "?" or "؟")
                    seen = false;
                else if (token.Kind == DateTokenKind.Word && _lexicon.TryMatch(Tokens, i, FutureCue, out _, out _))
                    seen = true;
            }
            _futureCueBefore[Tokens.Count] = seen;
        }
        return _futureCueBefore[index];
    }
}
