using System.Globalization;
using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>
/// The fallback comparison of numbers by value, whatever their datatype and lexical form
/// (<c>"1.0E6"^^xsd:double</c> matches <c>1000000</c>). Results that match only this way are
/// reported as a separate kind of pass: the engine may be right (the expected file may spell a
/// number differently) or may have the wrong datatype.
/// </summary>
internal static class LenientNumbers
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private static readonly Iri ValueDatatype = new("urn:newsgraph:conformance:numeric-value");

    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal)
    {
        Xsd + "integer", Xsd + "decimal", Xsd + "float", Xsd + "double",
        Xsd + "nonPositiveInteger", Xsd + "negativeInteger", Xsd + "long", Xsd + "int", Xsd + "short", Xsd + "byte",
        Xsd + "nonNegativeInteger", Xsd + "unsignedLong", Xsd + "unsignedInt", Xsd + "unsignedShort", Xsd + "unsignedByte",
        Xsd + "positiveInteger",
    };

    public static bool IsNumeric(Term? term) => term is Literal l && Numeric.Contains(l.Datatype.Value);

    /// <summary>A numeric literal replaced by a stand-in for its value; any other term unchanged.</summary>
    public static Term ByValue(Term term) =>
        term is Literal literal && IsNumeric(literal) && Value(literal) is { } value ? Literal.Typed(value, ValueDatatype) : term;

    /// <summary>
    /// Decimal arithmetic where the value fits, so that 0.1 stays exact; doubles beyond that; null
    /// for junk. An xsd:float is read at single precision, as its value space is, so a float
    /// written with double-precision digits (3.333000183105469E1) is the same value as 3.333E1.
    /// </summary>
    private static string? Value(Literal literal)
    {
        var text = literal.Lexical.Trim();
        if (literal.Datatype.Value == Xsd + "float"
            && float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var f)
            && float.IsFinite(f))
        {
            text = f.ToString("R", CultureInfo.InvariantCulture);
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            // "G29" drops trailing zeros, so 1.50 and 1.5 read the same.
            return d.ToString("G29", CultureInfo.InvariantCulture);
        }

        return text switch
        {
            "INF" or "+INF" => "INF",
            "-INF" => "-INF",
            "NaN" => "NaN",
            _ => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) ? x.ToString("R", CultureInfo.InvariantCulture) : null,
        };
    }
}
