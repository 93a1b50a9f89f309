namespace NewsGraph.Extraction.Dates;

/// <summary>
/// A calendar date known to the year, the month or the day. News often says "in March" or "in
/// 2012": such dates stay partial (xsd:gYearMonth, xsd:gYear) rather than being invented.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month, date.Day);

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The XSD lexical form: "2023-03-01", "2023-03" or "2023".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>The XSD datatype local name for <see cref="ToString"/>: date, gYearMonth or gYear.</summary>
    public string XsdType => Precision switch
    {
        DatePrecision.Day => "date",
        DatePrecision.Month => "gYearMonth",
        _ => "gYear",
    };
}

public enum DatePrecision { Year, Month, Day }
