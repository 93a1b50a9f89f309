namespace NewsGraph.Sparql.Evaluation.Values;

/// <summary>
/// The parsed value of a literal (numeric, date-time, or neither), computed once per literal and
/// kept on the term: filters and aggregates compare the same stored literals many times.
/// </summary>
internal sealed class LiteralValue
{
    private static readonly LiteralValue None = new(null, null);

    private LiteralValue(Numeric? numeric, XsdDateTime? dateTime)
    {
        Numeric = numeric;
        DateTime = dateTime;
    }

    public Numeric? Numeric { get; }

    public XsdDateTime? DateTime { get; }

    /// <summary>Attaches a value already known (a computed result) to its literal.</summary>
    public static void Remember(Literal literal, Numeric value) => literal.ParsedValue = new LiteralValue(value, null);

    public static LiteralValue Of(Literal literal)
    {
        if (literal.ParsedValue is LiteralValue cached)
        {
            return cached;
        }

        var value = None;
        if (literal.Language is null && !literal.IsSimple)
        {
            if (Values.Numeric.TryParseUncached(literal, out var n))
            {
                value = new LiteralValue(n, null);
            }
            else if (XsdDateTime.TryParseUncached(literal, out var d))
            {
                value = new LiteralValue(null, d);
            }
        }

        literal.ParsedValue = value;
        return value;
    }
}
