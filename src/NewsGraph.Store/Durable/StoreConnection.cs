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
    public Statement Prepared(string sql, int parameters)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new Statement(Connection, sql, parameters);
            _statements.Add(sql, statement);
        }

        return statement;
    }

    public IEnumerable<EncodedQuad> Match(int s, int p, int o, int g)
    {
        var shape = Shape(s, p, o, g);
        var pool = _matches[shape] ??= new Stack<Statement>();
        var statement = pool.TryPop(out var free) ? free : new Statement(Connection, MatchSql(s, p, o, g, "s, p, o, g"), Bound(shape));
        try
        {
            using var reader = Bind(statement, s, p, o, g).Query();
            while (reader.Read())
            {
                yield return new EncodedQuad(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }
        }
        finally
        {
            pool.Push(statement);
        }
    }

    public long CountMatches(int s, int p, int o, int g)
    {
        var shape = Shape(s, p, o, g);
        var statement = _counts[shape] ??= new Statement(Connection, $"SELECT count(*) FROM ({MatchSql(s, p, o, g, "1")} LIMIT {CountCap})", Bound(shape));
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

    private static int Bound(int shape) => int.PopCount(shape & 15);

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
