using System.Globalization;

namespace NewsGraph.Sparql.Evaluation.Values;

/// <summary>The XSD numeric types in SPARQL's promotion order (§17.3 operator mapping).</summary>
internal enum NumericKind
{
    Integer,
    Decimal,
    Float,
    Double,
}

/// <summary>
/// A numeric value: integers and decimals as <see cref="decimal"/> (28 significant digits),
/// floats and doubles as <see cref="double"/>. Arithmetic promotes to the wider kind.
/// </summary>
internal readonly record struct Numeric(NumericKind Kind, decimal Exact, double Approximate)
{
    private static readonly HashSet<string> IntegerTypes =
    [
        Vocab.Xsd.Namespace + "integer", Vocab.Xsd.Namespace + "int", Vocab.Xsd.Namespace + "long", Vocab.Xsd.Namespace + "short",
        Vocab.Xsd.Namespace + "byte", Vocab.Xsd.Namespace + "nonNegativeInteger", Vocab.Xsd.Namespace + "nonPositiveInteger",
        Vocab.Xsd.Namespace + "negativeInteger", Vocab.Xsd.Namespace + "positiveInteger", Vocab.Xsd.Namespace + "unsignedLong",
        Vocab.Xsd.Namespace + "unsignedInt", Vocab.Xsd.Namespace + "unsignedShort", Vocab.Xsd.Namespace + "unsignedByte",
    ];

    public static readonly Iri FloatType = new(Vocab.Xsd.Namespace + "float");

    public bool IsApproximate => Kind is NumericKind.Float or NumericKind.Double;

    public double AsDouble => IsApproximate ? Approximate : (double)Exact;

    public static Numeric FromInteger(decimal value) => new(NumericKind.Integer, decimal.Truncate(value), 0);

    public static Numeric FromDecimal(decimal value) => new(NumericKind.Decimal, value, 0);

    public static Numeric FromDouble(double value) => new(NumericKind.Double, 0, value);

    public static Numeric FromFloat(double value) => new(NumericKind.Float, 0, (float)value);

    public static bool IsNumericDatatype(Iri datatype) =>
        IntegerTypes.Contains(datatype.Value) || datatype.Value is Vocab.Xsd.Namespace + "decimal" or Vocab.Xsd.Namespace + "double" or Vocab.Xsd.Namespace + "float";

    /// <summary>The value of a numeric literal; false for non-numeric terms and ill-formed lexical forms.</summary>
    public static bool TryParse(Term term, out Numeric value)
    {
        if (term is Literal l && LiteralValue.Of(l).Numeric is { } n)
        {
            value = n;
            return true;
        }

        value = default;
        return false;
    }

    public static bool TryParseUncached(Literal l, out Numeric value)
    {
        value = default;
        if (l.Language is not null)
        {
            return false;
        }

        var dt = l.Datatype.Value;
        var s = l.Lexical.Trim();
        if (dt == Vocab.Xsd.Namespace + "integer" || IntegerTypes.Contains(dt))
        {
            if (s.Length == 0 || s.Contains('.') || !decimal.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) || !IntegerRangeOk(dt, i))
            {
                return false;
            }

            value = FromInteger(i);
            return true;
        }

        if (dt == Vocab.Xsd.Namespace + "decimal")
        {
            if (s.Length == 0 || s.Contains('e') || s.Contains('E') || !decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d))
            {
                return false;
            }

            value = FromDecimal(d);
            return true;
        }

        if (dt == Vocab.Xsd.Namespace + "double" || dt == Vocab.Xsd.Namespace + "float")
        {
            if (!TryParseDouble(s, out var d))
            {
                return false;
            }

            value = dt.EndsWith("float", StringComparison.Ordinal) ? FromFloat(d) : FromDouble(d);
            return true;
        }

        return false;
    }

    private static bool IntegerRangeOk(string datatype, decimal v) => datatype[Vocab.Xsd.Namespace.Length..] switch
    {
        "nonNegativeInteger" or "unsignedLong" or "unsignedInt" or "unsignedShort" or "unsignedByte" => v >= 0,
        "positiveInteger" => v > 0,
        "nonPositiveInteger" => v <= 0,
        "negativeInteger" => v < 0,
        "int" => v is >= int.MinValue and <= int.MaxValue,
        "short" => v is >= short.MinValue and <= short.MaxValue,
        "byte" => v is >= sbyte.MinValue and <= sbyte.MaxValue,
        "long" => v is >= long.MinValue and <= long.MaxValue,
        _ => true,
    };

    public static bool TryParseDouble(string s, out double d)
    {
        switch (s)
        {
            case "INF" or "+INF":
                d = double.PositiveInfinity;
                return true;
            case "-INF":
                d = double.NegativeInfinity;
                return true;
            case "NaN":
                d = double.NaN;
                return true;
        }

        if (s.Length == 0 || s.Contains("Infinity", StringComparison.OrdinalIgnoreCase) || char.IsLetter(s[^1]))
        {
            d = 0;
            return false;
        }

        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out d);
    }

    public static NumericKind Wider(NumericKind a, NumericKind b) => a > b ? a : b;

    public Numeric As(NumericKind kind) => kind switch
    {
        NumericKind.Integer or NumericKind.Decimal when !IsApproximate => new Numeric(kind, Exact, 0),
        NumericKind.Float => FromFloat(AsDouble),
        NumericKind.Double => FromDouble(AsDouble),
        _ => this,
    };

    public int CompareTo(Numeric other)
    {
        var kind = Wider(Kind, other.Kind);
        return kind is NumericKind.Float or NumericKind.Double
            ? AsDouble.CompareTo(other.AsDouble)
            : Exact.CompareTo(other.Exact);
    }

    public bool NumericallyEquals(Numeric other)
    {
        var kind = Wider(Kind, other.Kind);
        return kind is NumericKind.Float or NumericKind.Double
            ? AsDouble == other.AsDouble
            : Exact == other.Exact;
    }

    public bool IsNaN => IsApproximate && double.IsNaN(Approximate);

    public bool IsZero => IsApproximate ? Approximate == 0 : Exact == 0;

    /// <summary>The literal in the canonical lexical form of its type, carrying its value so it is never parsed back.</summary>
    public Literal ToLiteral()
    {
        var literal = Kind switch
        {
            NumericKind.Integer => Literal.Typed(Exact.ToString("0", CultureInfo.InvariantCulture), Vocab.Xsd.Integer),
            NumericKind.Decimal => Literal.Typed(FormatDecimal(Exact), Vocab.Xsd.Decimal),
            NumericKind.Float => Literal.Typed(FormatFloat((float)Approximate), FloatType),
            _ => Literal.Typed(FormatDouble(Approximate), Vocab.Xsd.Double),
        };
        LiteralValue.Remember(literal, this);
        return literal;
    }

    public static string FormatDecimal(decimal d)
    {
        var s = d.ToString("0.0###########################", CultureInfo.InvariantCulture);
        return s;
    }

    /// <summary>A float in the canonical form, from the shortest digits that round-trip as a float.</summary>
    public static string FormatFloat(float f) =>
        float.IsFinite(f) && f != 0 && double.TryParse(f.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var shortest)
            ? NormaliseShortest(shortest.ToString("R", CultureInfo.InvariantCulture)) ?? FormatDouble(f)
            : FormatDouble(f);

    /// <summary>XSD canonical double: mantissa with one digit before the point, then 'E' and the exponent.</summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsPositiveInfinity(d))
        {
            return "INF";
        }

        if (double.IsNegativeInfinity(d))
        {
            return "-INF";
        }

        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0E0" : "0.0E0";
        }

        var s = d.ToString("E16", CultureInfo.InvariantCulture);
        var e = s.IndexOf('E');
        var mantissa = s[..e].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var shortest = d.ToString("R", CultureInfo.InvariantCulture);

        // Prefer the shortest round-tripping digits over E16's noise.
        if (double.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var back) && back == d)
        {
            var digits = NormaliseShortest(shortest);
            if (digits is not null)
            {
                return digits;
            }
        }

        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static string? NormaliseShortest(string r)
    {
        var negative = r.StartsWith('-');
        if (negative)
        {
            r = r[1..];
        }

        var exp = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        var dot = r.IndexOf('.');
        var intPart = dot < 0 ? r : r[..dot];
        var frac = dot < 0 ? string.Empty : r[(dot + 1)..];
        var digits = (intPart + frac).TrimStart('0');
        if (digits.Length == 0)
        {
            return null;
        }

        var leadingZeros = (intPart + frac).Length - (intPart + frac).TrimStart('0').Length;
        var pointPos = intPart.Length - leadingZeros;
        exp += pointPos - 1;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
        {
            return null;
        }

        var mantissa = digits[..1] + "." + (digits.Length > 1 ? digits[1..] : "0");
        return (negative ? "-" : string.Empty) + mantissa + "E" + exp.ToString(CultureInfo.InvariantCulture);
    }
}
