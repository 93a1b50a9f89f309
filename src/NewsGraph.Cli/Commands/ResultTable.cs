using NewsGraph.Rdf;
using NewsGraph.Sparql;

namespace NewsGraph.Cli.Commands;

/// <summary>SELECT results as an aligned text table for people; ASK as "true" or "false".</summary>
internal static class ResultTable
{
    public static void Write(TextWriter output, QueryResult result)
    {
        if (result is BooleanResult b)
        {
            output.WriteLine(b.Value ? "true" : "false");
            return;
        }

        var solutions = (SolutionsResult)result;
        var rows = solutions.Rows.Select(r => r.Select(t => t?.ToString() ?? string.Empty).ToArray()).ToList();
        var headers = solutions.Variables.Select(v => "?" + v).ToArray();
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[i].Length))).ToArray();
        WriteRow(output, headers, widths);
        output.WriteLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in rows)
        {
            WriteRow(output, r, widths);
        }

        output.WriteLine($"({rows.Count} {(rows.Count == 1 ? "row" : "rows")})");
    }

    private static void WriteRow(TextWriter output, string[] cells, int[] widths) =>
        output.WriteLine(string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
}
