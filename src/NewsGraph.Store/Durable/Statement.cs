using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsGraph.Store.Durable;

/// <summary>
/// A prepared SQL statement with positional parameters $0, $1, …, reused for every call on its
/// connection. It talks to SQLite directly: ADO.NET's command binds every parameter by name on
/// each execution, which cost more than the B-tree work of a many-row insert.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    /// <summary>SQLite's index of parameter $i (SQLite numbers parameters from 1, in order of first appearance).</summary>
    private readonly int[] _index;

    public Statement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
        _index = new int[raw.sqlite3_bind_parameter_count(_statement)];
        for (var i = 0; i < _index.Length; i++)
        {
            _index[i] = raw.sqlite3_bind_parameter_index(_statement, "$" + i);
        }
    }

    public Statement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, _index[index], value));
        return this;
    }

    public Statement Bind(int index, string value)
    {
        Check(raw.sqlite3_bind_text(_statement, _index[index], value));
        return this;
    }

    /// <summary>Advances to the next row; false when there is none. Call <see cref="Reset"/> when done with the rows.</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        if (rc == raw.SQLITE_DONE)
        {
            return false;
        }

        raw.sqlite3_reset(_statement);
        Check(rc);
        return false;
    }

    public void Reset() => raw.sqlite3_reset(_statement);

    public int Int32(int column) => raw.sqlite3_column_int(_statement, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    /// <summary>Runs a statement that returns no rows; returns how many rows it changed.</summary>
    public int Execute()
    {
        try
        {
            while (Step())
            {
            }

            return raw.sqlite3_changes(_db);
        }
        finally
        {
            Reset();
        }
    }

    /// <summary>The first column of the first row (a long, double, string or null), or null without rows.</summary>
    public object? Scalar()
    {
        try
        {
            if (!Step())
            {
                return null;
            }

            return raw.sqlite3_column_type(_statement, 0) switch
            {
                raw.SQLITE_INTEGER => raw.sqlite3_column_int64(_statement, 0),
                raw.SQLITE_FLOAT => raw.sqlite3_column_double(_statement, 0),
                raw.SQLITE_NULL => null,
                _ => Text(0),
            };
        }
        finally
        {
            Reset();
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
