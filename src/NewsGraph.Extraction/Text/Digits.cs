namespace NewsGraph.Extraction.Text;

/// <summary>
/// Decimal digits of the scripts our sources use. Arabic pages write dates with Arabic-Indic
/// (U+0660–U+0669) or, in Persian/Urdu typography, Eastern Arabic-Indic (U+06F0–U+06F9) digits; folding them
/// to ASCII one character for one keeps every offset valid, so spans found in folded text apply to the original.
/// </summary>
public static class Digits
{
    /// <summary>The digit's value 0–9, or -1 when <paramref name="c"/> is not a digit of a supported script.</summary>
    public static int Value(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= '\u0660' and <= '\u0669' => c - '\u0660',
        >= '\u06F0' and <= '\u06F9' => c - '\u06F0',
        _ => -1,
    };

    public static bool IsDigit(char c) => Value(c) >= 0;

    /// <summary>The ASCII digit for any supported digit; other characters unchanged.</summary>
    public static char Fold(char c)
    {
        var v = Value(c);
        return v >= 0 ? (char)('0' + v) : c;
    }

    /// <summary>The text with every supported digit as ASCII; the same instance when nothing changes.</summary>
    public static string Fold(string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] > '9' && Value(text[i]) >= 0) { first = i; break; }
        }
        if (first < 0)
            return text;
        return string.Create(text.Length, (text, first), static (span, state) =>
        {
            state.text.AsSpan().CopyTo(span);
            for (var i = state.first; i < span.Length; i++)
                span[i] = Fold(span[i]);
        });
    }
}
