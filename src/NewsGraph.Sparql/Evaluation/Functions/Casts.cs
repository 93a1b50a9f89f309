using System.Globalization;
using NewsGraph.Sparql.Evaluation.Values;

namespace NewsGraph.Sparql.Evaluation.Functions;

/// <summary>XSD constructor functions (§17.5): casts between strings, numbers, booleans and date-times.</summary>
internal static class Casts
{
    private const string Xsd = Vocab.Xsd.Namespace;

    private static readonly HashSet<string> Targets =
    [
        Xsd + "string", Xsd + "boolean", Xsd + "integer", Xsd + "decimal", Xsd + "float", Xsd + "double", Xsd + "dateTime",
    ];

    public static bool IsCastTarget(Iri type) => Targets.Contains(type.Value);

    public static Term? Cast(Term value, Iri target)
    {
        if (value is BlankNode)
        {
            return null;
        }

        if (value is Iri iri)
        {
            return target.Value == Xsd + "string" ? Literal.Simple(iri.Value) : null;
        }

        var l = (Literal)value;
        if (l.Language is not null)
        {
            return null;
        }

        return target.Value[Xsd.Length..] switch
        {
            "string" => Literal.Simple(CanonicalString(l)),
            "boolean" => ToBoolean(l),
            "integer" => ToNumeric(l, NumericKind.Integer),
            "decimal" => ToNumeric(l, NumericKind.Decimal),
            "float" => ToNumeric(l, NumericKind.Float),
            "double" => ToNumeric(l, NumericKind.Double),
            "dateTime" => ToDateTime(l),
            _ => null,
        };
    }

    /// <summary>XPath's cast to string: numbers and booleans in canonical form, anything else as written.</summary>
    private static string CanonicalString(Literal l)
    {
        if (Numeric.TryParse(l, out var n))
        {
            return n.Kind switch
            {
                NumericKind.Integer => n.Exact.ToString("0", CultureInfo.InvariantCulture),
                NumericKind.Decimal => n.Exact.ToString("0.############################", CultureInfo.InvariantCulture),
                _ => XPathDouble(n.Kind == NumericKind.Float ? (float)n.Approximate : n.Approximate, n.Kind == NumericKind.Float),
            };
        }

        if (l.Datatype.Equals(Vocab.Xsd.Boolean) && ToBoolean(l) is { } b)
        {
            return ((Literal)b).Lexical;
        }

        return l.Lexical;
    }

    /// <summary>A double as XPath writes it: plain decimal notation between 1e-6 and 1e6, exponent notation outside.</summary>
    private static string XPathDouble(double d, bool isFloat)
    {
        if (double.IsNaN(d) || double.IsInfinity(d) || d == 0)
        {
            return d == 0 ? (double.IsNegative(d) ? "-0" : "0") : Numeric.FormatDouble(d);
        }

        var abs = Math.Abs(d);
        if (abs >= 1e-6 && abs < 1e6)
        {
            return isFloat ? ((float)d).ToString("R", CultureInfo.InvariantCulture) : d.ToString("R", CultureInfo.InvariantCulture);
        }

        return Numeric.FormatDouble(d);
    }

    private static Term? ToBoolean(Literal l)
    {
        if (Numeric.TryParse(l, out var n))
        {
            return TermValues.Boolean(!n.IsZero && !n.IsNaN);
        }

        if (l.IsSimple || l.Datatype.Equals(Vocab.Xsd.Boolean))
        {
            return l.Lexical.Trim() switch
            {
                "true" or "1" => TermValues.True,
                "false" or "0" => TermValues.False,
                _ => null,
            };
        }

        return null;
    }

    private static Term? ToNumeric(Literal l, NumericKind kind)
    {
        if (l.Datatype.Equals(Vocab.Xsd.Boolean))
        {
            var b = ToBoolean(l);
            if (b is null)
            {
                return null;
            }

            var one = b.Equals(TermValues.True) ? 1m : 0m;
            return new Numeric(NumericKind.Integer, one, 0).As(kind).ToLiteral();
        }

        if (Numeric.TryParse(l, out var n))
        {
            if (kind is NumericKind.Integer or NumericKind.Decimal && n.IsApproximate)
            {
                if (double.IsNaN(n.Approximate) || double.IsInfinity(n.Approximate))
                {
                    return null;
                }

                // Doubles beyond decimal's range (about 7.9e28) have no xsd:decimal or xsd:integer value here.
                if (Math.Abs(n.Approximate) >= (double)decimal.MaxValue)
                {
                    return null;
                }

                var d = (decimal)n.Approximate;
                return (kind == NumericKind.Integer ? Numeric.FromInteger(decimal.Truncate(d)) : Numeric.FromDecimal(d)).ToLiteral();
            }

            return (kind == NumericKind.Integer ? Numeric.FromInteger(decimal.Truncate(n.Exact)) : n.As(kind)).ToLiteral();
        }

        if (!l.IsSimple)
        {
            return null;
        }

        var s = l.Lexical.Trim();
        var probe = kind switch
        {
            NumericKind.Integer => Literal.Typed(s, Vocab.Xsd.Integer),
            NumericKind.Decimal => Literal.Typed(s, Vocab.Xsd.Decimal),
            NumericKind.Float => Literal.Typed(s, Numeric.FloatType),
            _ => Literal.Typed(s, Vocab.Xsd.Double),
        };
        // The string is a valid lexical form of the target type: keep it (with its parsed value) rather than reformat it.
        return Numeric.TryParse(probe, out _) ? probe : null;
    }

    private static Term? ToDateTime(Literal l)
    {
        if (!(l.IsSimple || l.Datatype.Equals(XsdDateTime.DateTimeType) || l.Datatype.Equals(XsdDateTime.DateType)))
        {
            return null;
        }

        if (l.Datatype.Equals(XsdDateTime.DateType))
        {
            return XsdDateTime.TryParse(l, out var date)
                ? Literal.Typed(string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}T00:00:00") + l.Lexical[10..], XsdDateTime.DateTimeType)
                : null;
        }

        var candidate = Literal.Typed(l.Lexical.Trim(), XsdDateTime.DateTimeType);
        return XsdDateTime.TryParse(candidate, out _) ? candidate : null;
    }
}
