using Microsoft.Data.Sqlite;

namespace NewsGraph.Store.Durable;

/// <summary>
/// The tables of a data directory's database. Terms are stored once, as canonical keys
/// (<see cref="TermKeys"/>) indexed by a hash; quads are four term ids in a WITHOUT ROWID table
/// keyed G,S,P,O plus five indexes in the other orders, each holding all four ids, so every
/// quad pattern is one range of one index and never touches the table.
/// </summary>
internal static class StoreSchema
{
    public const string FileName = "newsgraph.db";
    public const int Version = 1;

    private const string Create = """
        CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS terms(id INTEGER PRIMARY KEY, hash INTEGER NOT NULL, key TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS terms_hash ON terms(hash);
        CREATE TABLE IF NOT EXISTS graphs(id INTEGER PRIMARY KEY);
        CREATE TABLE IF NOT EXISTS quads(g INTEGER NOT NULL, s INTEGER NOT NULL, p INTEGER NOT NULL, o INTEGER NOT NULL, PRIMARY KEY(g, s, p, o)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS quads_spog ON quads(s, p, o, g);
        CREATE INDEX IF NOT EXISTS quads_posg ON quads(p, o, s, g);
        CREATE INDEX IF NOT EXISTS quads_ospg ON quads(o, s, p, g);
        CREATE INDEX IF NOT EXISTS quads_gpos ON quads(g, p, o, s);
        CREATE INDEX IF NOT EXISTS quads_gosp ON quads(g, o, s, p);
        INSERT OR IGNORE INTO meta VALUES('schema', 1), ('quads', 0), ('last_commit', NULL);
        -- Id 1 is the default graph (TermIds.DefaultGraph): a row with an empty key, which no term has, keeps new terms from 2 up.
        INSERT OR IGNORE INTO terms VALUES(1, 0, '');
        """;

    /// <summary>Per-connection settings: WAL so readers never block the writer, FULL sync so a commit survives power loss.</summary>
    public static void Configure(SqliteConnection connection, TimeSpan busyTimeout)
    {
        Execute(connection, $"PRAGMA synchronous = FULL; PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
    }

    public static void CreateOrCheck(SqliteConnection connection, string path)
    {
        Execute(connection, "PRAGMA journal_mode = WAL;");
        Execute(connection, "BEGIN IMMEDIATE;" + Create + "COMMIT;");
        CheckVersion(connection, path);
    }

    public static void CheckVersion(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = 'schema'";
        object? version;
        try
        {
            version = command.ExecuteScalar();
        }
        catch (SqliteException e)
        {
            throw new InvalidDataException($"{path}: not a NewsGraph data directory ({e.Message})", e);
        }

        if (version is not long v || v != Version)
        {
            throw new InvalidDataException($"{path}: store format {version ?? "unknown"}, this newsgraph reads format {Version}");
        }
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
