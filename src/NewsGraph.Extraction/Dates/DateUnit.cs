namespace NewsGraph.Extraction.Dates;

internal enum UnitKind { Date, Weekday, RelativeDay, RelativeWeek, RelativeMonth, RelativeYear, Year, Month, HebrewDate, DayPart }

/// <summary>
/// One piece of a time expression as read from the tokens, before it is placed on the calendar.
/// Several pieces side by side ("عشية" + "اليوم" + "الاثنين") make one mention.
/// </summary>
internal sealed class DateUnit(UnitKind kind, int first, int end)
{
    public UnitKind Kind { get; } = kind;

    /// <summary>First token of the piece.</summary>
    public int First { get; set; } = first;

    /// <summary>Token just after the piece.</summary>
    public int End { get; set; } = end;

    /// <summary>Explicit calendar fields; 0 when the text does not give them.</summary>
    public int Year { get; set; }
    public int Month { get; set; }
    public int Day { get; set; }

    /// <summary>For a range: its last day (the year 0 when not given).</summary>
    public bool IsRange { get; set; }
    public int EndYear { get; set; }
    public int EndMonth { get; set; }
    public int EndDay { get; set; }

    /// <summary>Days, months or years from publication for relative expressions.</summary>
    public int Offset { get; set; }

    /// <summary>"August last year": the year relative to publication.</summary>
    public int? YearOffset { get; set; }

    /// <summary>ISO weekday, 1 = Monday.</summary>
    public int Weekday { get; set; }

    public Direction Direction { get; set; }

    /// <summary>A short form ("Tue") that only counts beside a fuller expression.</summary>
    public bool Abbreviated { get; set; }
}
