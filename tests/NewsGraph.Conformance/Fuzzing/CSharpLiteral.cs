using System.Globalization;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Renders text as a C# string literal. Saved inputs may hold lone surrogates, which no UTF-8
/// file can, so the literal is the exact form, ready to paste into a regression test.
/// </summary>
internal static class CSharpLiteral
{
    public static string Of(string text, int maxChars = int.MaxValue)
    {
        var shown = text.Length > maxChars ? text[..maxChars] : text;
        var sb = new StringBuilder(shown.Length + 2).Append('"');
        foreach (var c in shown)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case < ' ' or > '~':
                    sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        sb.Append('"');
        return text.Length > maxChars ? $"{sb}… ({text.Length:N0} chars in all)" : sb.ToString();
    }
}
