using System.Text;

namespace NewsGraph.Store.Durable;

/// <summary>
/// A statement over many rows at once (a multi-row VALUES or an IN list), with positional
/// parameters row by row: one call into SQLite for a few hundred rows instead of one per row.
/// </summary>
internal sealed record MultiRow(string Sql, string SingleRowSql, int Width, int Rows)
{
    /// <summary><paramref name="head"/> ending in VALUES, followed by <paramref name="rows"/> tuples of <paramref name="width"/> parameters.</summary>
    public static MultiRow Insert(string head, int width, int rows) =>
        new(head + Tuples(width, rows), head + Tuples(width, 1), width, rows);

    /// <summary><paramref name="head"/> ending in IN, followed by a list of <paramref name="rows"/> parameters.</summary>
    public static MultiRow Lookup(string head, int rows) =>
        new(head + Tuples(rows, 1), head + Tuples(1, 1), 1, rows);

    private static string Tuples(int width, int rows)
    {
        var sql = new StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? " (" : ", (");
            for (var c = 0; c < width; c++)
            {
                sql.Append(c == 0 ? "$" : ", $").Append(r * width + c);
            }

            sql.Append(')');
        }

        return sql.ToString();
    }
}
