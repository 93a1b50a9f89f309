using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsGraph.Sparql.Evaluation.Values;

/// <summary>
/// xsd:dateTime and xsd:date values: the fields as written plus an optional timezone, so that the
/// accessors (YEAR, TZ, …) return exactly what was written and comparisons follow XSD's rules.
/// </summary>
internal sealed partial record XsdDateTime(int Year, int Month, int Day, int Hour, int Minute, decimal Second, TimeSpan? Offset, bool DateOnly)
{
    public static readonly Iri DateTimeType = new(Vocab.Xsd.Namespace + "dateTime");
    public static readonly Iri DateType = new(Vocab.Xsd.Namespace + "date");
    public static readonly Iri DayTimeDurationType = new(Vocab.Xsd.Namespace + "dayTimeDuration");

    [GeneratedRegex(@"^(-?\d{4,})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}(?:\.\d+)?))?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex Pattern();

    public static bool TryParse(Term term, out XsdDateTime value)
    {
        value = null!;
        if (term is not Literal { Language: null } l)
        {
            return false;
        }

        var isDateTime = l.Datatype.Value == DateTimeType.Value;
        var isDate = l.Datatype.Value == DateType.Value;
        if (!isDateTime && !isDate)
        {
            return false;
        }

        var m = Pattern().Match(l.Lexical);
        if (!m.Success || (isDateTime && !m.Groups[4].Success) || (isDate && m.Groups[4].Success))
        {
            return false;
        }

        TimeSpan? offset = null;
        if (m.Groups[7].Success)
        {
            var tz = m.Groups[7].Value;
            offset = tz == "Z" ? TimeSpan.Zero : new TimeSpan(int.Parse(tz[1..3], CultureInfo.InvariantCulture), int.Parse(tz[4..6], CultureInfo.InvariantCulture), 0) * (tz[0] == '-' ? -1 : 1);
        }

        value = new XsdDateTime(
            int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
            isDate ? 0 : int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture),
            isDate ? 0 : int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture),
            isDate ? 0 : decimal.Parse(m.Groups[6].Value, CultureInfo.InvariantCulture),
            offset,
            isDate);
        return value.Month is >= 1 and <= 12 && value.Day is >= 1 and <= 31 && value.Hour <= 24 && value.Minute < 60 && value.Second < 61;
    }

    /// <summary>The instant in UTC ticks; a value without timezone is taken as UTC (XSD's ±14h indeterminacy is ignored).</summary>
    public decimal UtcTicks
    {
        get
        {
            var days = (decimal)new DateTime(Math.Clamp(Year, 1, 9999), Month, Math.Min(Day, DateTime.DaysInMonth(Math.Clamp(Year, 1, 9999), Month))).Ticks;
            var ticks = days + (Hour * (decimal)TimeSpan.TicksPerHour) + (Minute * (decimal)TimeSpan.TicksPerMinute) + (Second * TimeSpan.TicksPerSecond);
            return ticks - (Offset?.Ticks ?? 0);
        }
    }

    /// <summary>Compares two values; null when XSD leaves the order undetermined (one zoned, one not, within 14 hours).</summary>
    public int? CompareTo(XsdDateTime other)
    {
        if (Offset.HasValue == other.Offset.HasValue)
        {
            return UtcTicks.CompareTo(other.UtcTicks);
        }

        var fourteen = 14 * (decimal)TimeSpan.TicksPerHour;
        var (a, b) = (UtcTicks, other.UtcTicks);
        if (!Offset.HasValue)
        {
            if (a - fourteen > b)
            {
                return 1;
            }

            if (a + fourteen < b)
            {
                return -1;
            }
        }
        else
        {
            if (a > b + fourteen)
            {
                return 1;
            }

            if (a < b - fourteen)
            {
                return -1;
            }
        }

        return null;
    }

    /// <summary>The timezone as an xsd:dayTimeDuration (e.g. -PT5H, PT0S).</summary>
    public static string FormatDuration(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "PT0S";
        }

        var sign = offset < TimeSpan.Zero ? "-" : string.Empty;
        var abs = offset.Duration();
        var s = sign + "PT";
        if (abs.Hours > 0)
        {
            s += abs.Hours.ToString(CultureInfo.InvariantCulture) + "H";
        }

        if (abs.Minutes > 0)
        {
            s += abs.Minutes.ToString(CultureInfo.InvariantCulture) + "M";
        }

        return s;
    }
}
