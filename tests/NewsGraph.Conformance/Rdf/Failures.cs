using System.Globalization;
using System.Text;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

/// <summary>Wording for failure messages.</summary>
internal static class Failures
{
    private const int ExcerptLines = 30;

    /// <summary>
    /// A syntax error is described by its message alone; any other exception is a bug in the code
    /// under test, so its type and the frame that threw are included.
    /// </summary>
    public static string Describe(Exception e)
    {
        if (e is RdfSyntaxException)
        {
            return e.Message;
        }

        var frame = e.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return frame is null ? $"{e.GetType().FullName}: {e.Message}" : $"{e.GetType().FullName}: {e.Message} ({frame})";
    }

    /// <summary>A numbered excerpt of a document, centred on the line of a syntax error if there is one.</summary>
    public static string Excerpt(string document, Exception? error = null)
    {
        var lines = document.Split('\n');
        var errorLine = (error as RdfSyntaxException)?.Line ?? 1;
        var first = Math.Max(0, Math.Min(errorLine - 1 - (ExcerptLines / 2), lines.Length - ExcerptLines));
        var last = Math.Min(lines.Length, first + ExcerptLines);
        var sb = new StringBuilder();
        for (var i = first; i < last; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{i + 1,5}| {lines[i]}\n");
        }

        if (last < lines.Length)
        {
            sb.Append(CultureInfo.InvariantCulture, $"     | ... {lines.Length - last} more lines\n");
        }

        return sb.ToString().TrimEnd('\n');
    }
}
