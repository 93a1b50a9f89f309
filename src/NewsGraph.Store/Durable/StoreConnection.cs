using Microsoft.Data.Sqlite;
using NewsGraph.Store.Memory;

namespace NewsGraph.Store.Durable;

/// <summary>
/// One SQLite connection and the statements prepared on it. Owned by one session at a time, so
/// nothing here is locked; a match statement is checked out for as long as its rows are read, so
/// nested matches of the same shape (a join) get statements of their own.
/// </summary>
internal sealed class StoreConnection : IDisposable
{
    /// <summary>Counts stop here: the engine only needs to know which pattern is smaller, and counting a huge range costs a scan of it.</summary>
    public const int CountCap = 100_000;

    /// <summary>Rows per multi-row statement: past a few hundred the gain is gone and the SQL only grows.</summary>
    public const int RowsPerStatement = 256;

    private readonly Stack<Statement>?[] _matches = new Stack<Statement>?[32];
    private readonly Statement?[] _counts = new Statement?[32];
    private readonly Dictionary<string, Statement> _statements = [];

    public StoreConnection(string connectionString, TimeSpan busyTimeout)
    {
        Connection = new SqliteConnection(connectionString);
        Connection.Open();
        StoreSchema.Configure(Connection, busyTimeout);
    }

    public SqliteConnection Connection { get; }

    public void Execute(string sql) => StoreSchema.Execute(Connection, sql);

    /// <summary>A statement prepared once per connection, by its SQL.</summary>
    public Statement Prepared(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new Statement(Connection, sql);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    /// <summary>Inserts <paramref name="count"/> rows, as many per statement as fit; returns how many rows changed.</summary>
    /// <param name="bindRow">Binds row i's values from parameter index at on.</param>
    public long InsertRows(MultiRow rows, int count, Action<Statement, int, int> bindRow)
    {
        long changed = 0;
        var row = 0;
        if (count >= rows.Rows)
        {
            var full = Prepared(rows.Sql);
            for (; row + rows.Rows <= count; row += rows.Rows)
            {
                for (var r = 0; r < rows.Rows; r++)
                {
                    bindRow(full, row + r, r * rows.Width);
                }

                changed += full.Execute();
            }
        }

        var single = Prepared(rows.SingleRowSql);
        for (; row < count; row++)
        {
            bindRow(single, row, 0);
            changed += single.Execute();
        }

        return changed;
    }

    /// <summary>The (integer, text) rows an IN-list lookup finds for up to <see cref="MultiRow.Rows"/> values.</summary>
    public List<(int Id, string Text)> LookupRows(MultiRow lookup, long[] values)
    {
        if (values.Length is 0 || values.Length > lookup.Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(values), values.Length, $"1 to {lookup.Rows} values");
        }

        // A short list is padded with its first value, so one prepared statement serves every length.
        var statement = Prepared(lookup.Sql);
        for (var i = 0; i < lookup.Rows; i++)
        {
            statement.Bind(i, values[i < values.Length ? i : 0]);
        }

        var found = new List<(int, string)>();
        while (statement.Step())
        {
            found.Add((statement.Int32(0), statement.Text(1)));
        }

        statement.Reset();
        return found;
    }

    public IEnumerable<EncodedQuad> Match(int s, int p, int o, int g)
    {
        var shape = Shape(s, p, o, g);
        var pool = _matches[shape] ??= new Stack<Statement>();
        var statement = pool.TryPop(out var free) ? free : new Statement(Connection, MatchSql(s, p, o, g, "s, p, o, g"));
        try
        {
            Bind(statement, s, p, o, g);
            while (statement.Step())
            {
                yield return new EncodedQuad(statement.Int32(0), statement.Int32(1), statement.Int32(2), statement.Int32(3));
            }
        }
        finally
        {
            statement.Reset();
            pool.Push(statement);
        }
    }

    public long CountMatches(int s, int p, int o, int g)
    {
        var shape = Shape(s, p, o, g);
        var statement = _counts[shape] ??= new Statement(Connection, $"SELECT count(*) FROM ({MatchSql(s, p, o, g, "1")} LIMIT {CountCap})");
        return (long)Bind(statement, s, p, o, g).Scalar()!;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values.Concat(_counts.OfType<Statement>()).Concat(_matches.OfType<Stack<Statement>>().SelectMany(s => s)))
        {
            statement.Dispose();
        }

        Connection.Dispose();
    }

    /// <summary>Which components are bound (bits s, p, o, g) and whether only named graphs are wanted (bit 4).</summary>
    private static int Shape(int s, int p, int o, int g) =>
        (s != 0 ? 1 : 0) | (p != 0 ? 2 : 0) | (o != 0 ? 4 : 0) | (g > 0 ? 8 : 0) | (g == TermIds.AnyNamedGraph ? 16 : 0);

    private static Statement Bind(Statement statement, int s, int p, int o, int g)
    {
        var i = 0;
        foreach (var value in (ReadOnlySpan<int>)[s, p, o, g > 0 ? g : 0])
        {
            if (value != 0)
            {
                statement.Bind(i++, value);
            }
        }

        return statement;
    }

    /// <summary>The query for a pattern shape, forced onto the index whose leading columns are the bound ones (the same choice as the memory store's).</summary>
    private static string MatchSql(int s, int p, int o, int g, string columns)
    {
        var index = QuadKeys.Plan(s, p, o, g).Order switch
        {
            QuadOrder.Spog => " INDEXED BY quads_spog",
            QuadOrder.Posg => " INDEXED BY quads_posg",
            QuadOrder.Ospg => " INDEXED BY quads_ospg",
            QuadOrder.Gpos => " INDEXED BY quads_gpos",
            QuadOrder.Gosp => " INDEXED BY quads_gosp",
            _ => string.Empty,
        };
        var conditions = new List<string>();
        var n = 0;
        if (s != 0)
        {
            conditions.Add($"s = ${n++}");
        }

        if (p != 0)
        {
            conditions.Add($"p = ${n++}");
        }

        if (o != 0)
        {
            conditions.Add($"o = ${n++}");
        }

        if (g > 0)
        {
            conditions.Add($"g = ${n}");
        }
        else if (g == TermIds.AnyNamedGraph)
        {
            conditions.Add($"g <> {TermIds.DefaultGraph}");
        }

        var where = conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);
        return $"SELECT {columns} FROM quads{index}{where}";
    }
}
