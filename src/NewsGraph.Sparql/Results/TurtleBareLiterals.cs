namespace NewsGraph.Sparql.Results;

/// <summary>
/// Turtle's bare literals (INTEGER, DECIMAL, DOUBLE and the booleans, Turtle 1.1 §6.5): the one
/// grammar the TSV writer uses to decide what may go unquoted and the TSV reader uses to type it.
/// </summary>
internal static class TurtleBareLiterals
{
    /// <summary>The datatype a bare token stands for, or null if the token is not a bare literal.</summary>
    public static Iri? DatatypeOf(ReadOnlySpan<char> token)
    {
        if (token is "true" or "false")
        {
            return Vocab.Xsd.Boolean;
        }

        var s = token.Length > 0 && token[0] is '+' or '-' ? token[1..] : token;
        var exponent = s.IndexOfAny('e', 'E');
        var mantissa = exponent >= 0 ? s[..exponent] : s;
        var dot = mantissa.IndexOf('.');
        var whole = dot >= 0 ? mantissa[..dot] : mantissa;
        var fraction = dot >= 0 ? mantissa[(dot + 1)..] : [];
        if (!IsDigits(whole, allowEmpty: true) || !IsDigits(fraction, allowEmpty: true))
        {
            return null;
        }

        if (exponent >= 0)
        {
            var power = s[(exponent + 1)..];
            power = power.Length > 0 && power[0] is '+' or '-' ? power[1..] : power;
            return whole.Length + fraction.Length > 0 && IsDigits(power, allowEmpty: false) ? Vocab.Xsd.Double : null;
        }

        if (dot >= 0)
        {
            return fraction.Length > 0 ? Vocab.Xsd.Decimal : null;
        }

        return whole.Length > 0 ? Vocab.Xsd.Integer : null;
    }

    /// <summary>True if the literal reads back as itself when written without quotes or datatype.</summary>
    public static bool CanWriteBare(Literal literal) =>
        literal.Language is null && DatatypeOf(literal.Lexical) is { } datatype && datatype.Equals(literal.Datatype);

    private static bool IsDigits(ReadOnlySpan<char> s, bool allowEmpty) =>
        (allowEmpty || s.Length > 0) && !s.ContainsAnyExceptInRange('0', '9');
}
