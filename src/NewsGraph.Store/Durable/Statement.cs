using Microsoft.Data.Sqlite;

namespace NewsGraph.Store.Durable;

/// <summary>A prepared SQL statement with positional parameters $0, $1, …, reused for every call on its connection.</summary>
internal sealed class Statement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public Statement(SqliteConnection connection, string sql, int parameters)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = new SqliteParameter[parameters];
        for (var i = 0; i < parameters; i++)
        {
            _parameters[i] = _command.Parameters.Add(new SqliteParameter { ParameterName = "$" + i });
        }

        _command.Prepare();
    }

    public Statement Bind(int index, object value)
    {
        _parameters[index].Value = value;
        return this;
    }

    public SqliteDataReader Query() => _command.ExecuteReader();

    public int Execute() => _command.ExecuteNonQuery();

    public object? Scalar() => _command.ExecuteScalar();

    public void Dispose() => _command.Dispose();
}
