namespace NewsGraph.Extraction.Dates;

/// <summary>Which way from the publication date an expression points.</summary>
internal enum Direction
{
    /// <summary>Nothing says: news mostly reports what happened, so the past is preferred.</summary>
    None,
    /// <summary>"last", "الماضي", "שעבר": strictly before.</summary>
    Past,
    /// <summary>"next", "المقبل", "הבא": strictly after.</summary>
    Future,
    /// <summary>A future-tense cue earlier in the sentence ("will", "سوف", "צפוי"): on or after.</summary>
    FutureCue,
    /// <summary>"الجاري", "this": the publication's own month or year.</summary>
    Current,
}

/// <summary>Calendar arithmetic that places day-month, month and weekday expressions relative to a publication date.</summary>
internal static class Calendar
{
    /// <summary>How far ahead an unmarked day and month may lie and still be read as upcoming ("on 15 May", said on 12 May).</summary>
    private const int UnmarkedFutureDays = 30;

    public static DateOnly? SafeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The year of a day and month given without one.</summary>
    public static int? YearOfDayMonth(int month, int day, DateOnly published, Direction direction)
    {
        DateOnly? Candidate(int year) => SafeDate(year, month, day);
        var thisYear = Candidate(published.Year);
        var lastYear = Candidate(published.Year - 1);
        var nextYear = Candidate(published.Year + 1);
        if (thisYear is null)
            return lastYear is not null ? published.Year - 1 : null; // 29 February
        var date = thisYear.Value;
        return direction switch
        {
            Direction.Future => date > published ? published.Year : published.Year + 1,
            Direction.FutureCue => date >= published ? published.Year : published.Year + 1,
            Direction.Past => date < published ? published.Year : published.Year - 1,
            Direction.Current => published.Year,
            _ when date <= published => published.Year,
            _ when date.DayNumber - published.DayNumber <= UnmarkedFutureDays => published.Year,
            // Early January named in late December is upcoming; otherwise the date already passed.
            _ when nextYear is { } n && n.DayNumber - published.DayNumber <= UnmarkedFutureDays => published.Year + 1,
            _ => published.Year - 1,
        };
    }

    /// <summary>The year of a month named without one ("in March", "آذار الماضي", "ماي المقبل").</summary>
    public static int YearOfMonth(int month, DateOnly published, Direction direction) => direction switch
    {
        Direction.Future => month > published.Month ? published.Year : published.Year + 1,
        Direction.FutureCue => month >= published.Month ? published.Year : published.Year + 1,
        Direction.Past => month < published.Month ? published.Year : published.Year - 1,
        Direction.Current => published.Year,
        _ => month <= published.Month ? published.Year : published.Year - 1,
    };

    /// <summary>The day of an ISO weekday (1 = Monday … 7 = Sunday) nearest the publication date in the given direction.</summary>
    public static DateOnly Weekday(int isoWeekday, DateOnly published, Direction direction)
    {
        var today = published.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)published.DayOfWeek;
        var back = (today - isoWeekday + 7) % 7;
        var ahead = (isoWeekday - today + 7) % 7;
        return direction switch
        {
            Direction.Future => published.AddDays(ahead == 0 ? 7 : ahead),
            Direction.FutureCue => published.AddDays(ahead),
            Direction.Past => published.AddDays(-(back == 0 ? 7 : back)),
            _ => published.AddDays(-back),
        };
    }

    public static PartialDate AddMonths(DateOnly published, int months)
    {
        var shifted = published.AddMonths(months);
        return new PartialDate(shifted.Year, shifted.Month);
    }
}
