using System.Globalization;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Renders text as C#. Saved inputs may hold lone surrogates, which no UTF-8 file can, so the
/// literal is the exact form, ready to paste into a regression test.
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

    /// <summary>
    /// The text as a C# expression in which long repetitions are <c>string.Concat(Enumerable.Repeat(unit, n))</c>:
    /// a deeply nested input is unreadable as a literal of a hundred thousand brackets.
    /// </summary>
    public static string Compact(string text, int maxChars = int.MaxValue)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (var run in Repetitions.Find(text))
        {
            if (run.Start > at)
            {
                parts.Add(Of(text[at..run.Start]));
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"string.Concat(Enumerable.Repeat({Of(text.Substring(run.Start, run.UnitLength))}, {run.Count}))"));
            at = run.End;
        }

        if (at < text.Length || parts.Count == 0)
        {
            parts.Add(Of(text[at..]));
        }

        var expression = string.Join(" + ", parts);
        return expression.Length > maxChars ? $"{expression[..maxChars]}… ({text.Length:N0} chars in all)" : expression;
    }
}
