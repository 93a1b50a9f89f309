using System.Globalization;

namespace NewsGraph.Server.Web.Data;

/// <summary>
/// A date as precise as the news gives it (xsd:date, xsd:gYearMonth or xsd:gYear, or the same
/// forms typed into a filter): the days it may fall on, from <see cref="First"/> to <see cref="Last"/>.
/// </summary>
internal readonly record struct PartialDate(string Text, DateOnly First, DateOnly Last)
{
    /// <summary>Reads "2023", "2023-12" or "2023-12-03" (anything after the day, such as a time zone, is ignored).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        var parts = trimmed.Length >= 10 ? [trimmed[..4], trimmed[5..7], trimmed[8..10]] : trimmed.Split('-');
        if (parts.Length is < 1 or > 3 || !TryNumber(parts[0], 4, 1, 9999, out var year))
        {
            return false;
        }

        var month = 0;
        if (parts.Length > 1 && !TryNumber(parts[1], 2, 1, 12, out month))
        {
            return false;
        }

        var day = 0;
        if (parts.Length > 2 && !TryNumber(parts[2], 2, 1, DateTime.DaysInMonth(year, month), out day))
        {
            return false;
        }

        var first = new DateOnly(year, Math.Max(month, 1), Math.Max(day, 1));
        var last = parts.Length switch
        {
            1 => new DateOnly(year, 12, 31),
            2 => new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
            _ => first,
        };
        date = new PartialDate(string.Join('-', parts), first, last);
        return true;
    }

    /// <summary>True when some day of this date lies between the bounds (either may be open).</summary>
    public bool Overlaps(PartialDate? from, PartialDate? to) =>
        (from is not { } f || Last >= f.First) && (to is not { } t || First <= t.Last);

    public override string ToString() => Text;

    private static bool TryNumber(string text, int digits, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length == digits && value >= min && value <= max;
}
