using System.Globalization;

namespace NewsGraph.Sparql.Evaluation.Values;

/// <summary>
/// xsd:dateTime and xsd:date values: the fields as written plus an optional timezone, so that the
/// accessors (YEAR, TZ, …) return exactly what was written and comparisons follow XSD's rules.
/// </summary>
internal sealed record XsdDateTime(int Year, int Month, int Day, int Hour, int Minute, decimal Second, TimeSpan? Offset, bool DateOnly)
{
    public static readonly Iri DateTimeType = new(Vocab.Xsd.Namespace + "dateTime");
    public static readonly Iri DateType = new(Vocab.Xsd.Namespace + "date");
    public static readonly Iri DayTimeDurationType = new(Vocab.Xsd.Namespace + "dayTimeDuration");

    public static bool TryParse(Term term, out XsdDateTime value)
    {
        if (term is Literal l && LiteralValue.Of(l).DateTime is { } d)
        {
            value = d;
            return true;
        }

        value = null!;
        return false;
    }

    /// <summary>Parses xsd:dateTime (-?YYYY-MM-DDThh:mm:ss(.s+)?(zone)?) and xsd:date (-?YYYY-MM-DD(zone)?) by hand.</summary>
    public static bool TryParseUncached(Literal l, out XsdDateTime value)
    {
        value = null!;
        var isDateTime = l.Datatype.Value == DateTimeType.Value;
        if (l.Language is not null || (!isDateTime && l.Datatype.Value != DateType.Value))
        {
            return false;
        }

        var s = l.Lexical.AsSpan();
        var i = 0;
        var negative = s.Length > 0 && s[0] == '-';
        if (negative)
        {
            i++;
        }

        var yearStart = i;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i - yearStart < 4 || !int.TryParse(s[yearStart..i], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !Two(s, i, '-', out var month) || !Two(s, i + 3, '-', out var day))
        {
            return false;
        }

        i += 6;
        int hour = 0, minute = 0;
        decimal second = 0;
        if (isDateTime)
        {
            if (!Two(s, i, 'T', out hour) || !Two(s, i + 3, ':', out minute) || !Two(s, i + 6, ':', out var whole))
            {
                return false;
            }

            i += 9;
            var fractionStart = i;
            if (i < s.Length && s[i] == '.')
            {
                i++;
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                {
                    i++;
                }

                if (i == fractionStart + 1)
                {
                    return false;
                }
            }

            second = whole + (i > fractionStart ? decimal.Parse(s[fractionStart..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture) : 0m);
        }

        TimeSpan? offset = null;
        if (i < s.Length)
        {
            if (s[i] == 'Z' && i + 1 == s.Length)
            {
                offset = TimeSpan.Zero;
            }
            else if (s.Length - i == 6 && s[i] is '+' or '-' && Two(s, i, s[i], out var oh) && Two(s, i + 3, ':', out var om) && oh <= 14 && om < 60)
            {
                offset = new TimeSpan(oh, om, 0) * (s[i] == '-' ? -1 : 1);
            }
            else
            {
                return false;
            }
        }

        value = new XsdDateTime(negative ? -year : year, month, day, hour, minute, second, offset, !isDateTime);
        return month is >= 1 and <= 12 && day >= 1 && day <= 31 && hour <= 24 && minute < 60 && second < 61;
    }

    /// <summary>A separator at <paramref name="at"/> followed by two digits.</summary>
    private static bool Two(ReadOnlySpan<char> s, int at, char separator, out int value)
    {
        value = 0;
        if (at + 2 >= s.Length || s[at] != separator || !char.IsAsciiDigit(s[at + 1]) || !char.IsAsciiDigit(s[at + 2]))
        {
            return false;
        }

        value = ((s[at + 1] - '0') * 10) + (s[at + 2] - '0');
        return true;
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
