using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace NewsGraph.Store.Durable;

/// <summary>
/// The durable <see cref="IDataset"/>: one SQLite database (WAL, synchronous=FULL) in a data
/// directory. A read session is a read transaction on a connection of its own, so it is a
/// snapshot and any number run at once; a write session is an immediate transaction on the one
/// writer connection, so there is one writer at a time in this process and, through SQLite's
/// lock, across processes. A commit has reached the disk when <see cref="IWriteSession.Commit"/> returns.
/// </summary>
public sealed class SqliteDataset : IDataset
{
    /// <summary>How long a writer waits for another process's transaction before giving up.</summary>
    private static readonly TimeSpan WriterWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan ReaderWait = TimeSpan.FromSeconds(30);

    private readonly string _connectionString;
    private readonly ConcurrentBag<StoreConnection> _idleReaders = [];
    private readonly SemaphoreSlim _writerSlot = new(1, 1);
    private readonly TermCache _cache;
    private readonly StoreConnection? _writer;
    private bool _disposed;

    private SqliteDataset(string path, bool readOnly, int termCacheSize)
    {
        DatabasePath = path;
        ReadOnly = readOnly;
        _cache = new TermCache(termCacheSize);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString();
        if (readOnly)
        {
            var probe = new StoreConnection(_connectionString, ReaderWait);
            StoreSchema.CheckVersion(probe.Connection, path);
            _idleReaders.Add(probe);
        }
        else
        {
            _writer = new StoreConnection(_connectionString, WriterWait);
            StoreSchema.CreateOrCheck(_writer.Connection, path);
        }
    }

    /// <summary>The database file.</summary>
    public string DatabasePath { get; }

    public bool ReadOnly { get; }

    /// <summary>
    /// Opens the store in <paramref name="dataDirectory"/>, creating the directory and an empty store
    /// if missing (unless <paramref name="readOnly"/>, when a missing store is an error).
    /// </summary>
    public static SqliteDataset Open(string dataDirectory, bool readOnly = false) => Open(dataDirectory, readOnly, termCacheSize: 1 << 20);

    /// <param name="termCacheSize">How many term ↔ id pairs are kept in memory.</param>
    public static SqliteDataset Open(string dataDirectory, bool readOnly, int termCacheSize)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        var path = Path.Combine(Path.GetFullPath(dataDirectory), StoreSchema.FileName);
        if (readOnly && !File.Exists(path))
        {
            throw new FileNotFoundException($"{dataDirectory}: no NewsGraph store here (expected {StoreSchema.FileName}); ingest something first", path);
        }

        if (!readOnly)
        {
            Directory.CreateDirectory(dataDirectory);
        }

        try
        {
            return new SqliteDataset(path, readOnly, termCacheSize);
        }
        catch (SqliteException e)
        {
            throw new IOException($"{path}: cannot open the store: {e.Message}", e);
        }
    }

    public IReadSession BeginRead()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _idleReaders.TryTake(out var idle) ? idle : new StoreConnection(_connectionString, ReaderWait);
        try
        {
            connection.Execute("BEGIN");
            var store = new SqliteQuadStore(connection, _cache, writable: false);

            // A read transaction takes its snapshot at its first read, not at BEGIN.
            _ = store.Count;
            return new ReadSession(this, connection, store);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IWriteSession BeginWrite()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_writer is null)
        {
            throw new InvalidOperationException($"{DatabasePath} was opened read-only");
        }

        _writerSlot.Wait();
        try
        {
            _writer.Execute("BEGIN IMMEDIATE");
        }
        catch (SqliteException e)
        {
            _writerSlot.Release();
            throw new IOException($"{DatabasePath}: cannot start a write transaction: {e.Message}", e);
        }

        return new WriteSession(this, new SqliteQuadStore(_writer, _cache, writable: true));
    }

    /// <summary>The time of the last committed write, or null if nothing was ever written.</summary>
    public DateTimeOffset? LastCommit()
    {
        using var read = (ReadSession)BeginRead();
        return read.QuadStore.LastCommit();
    }

    /// <summary>A value an application keeps beside the quads (such as which reference data it loaded), or null.</summary>
    public string? ReadSetting(string name)
    {
        using var read = (ReadSession)BeginRead();
        return read.QuadStore.Setting(name);
    }

    /// <summary>Sets an application value, in a transaction of its own.</summary>
    public void WriteSetting(string name, string value)
    {
        using var write = (WriteSession)BeginWrite();
        write.QuadStore.SetSetting(name, value);
        write.Commit();
    }

    /// <summary>Bytes on disk: the database and its write-ahead log.</summary>
    public long SizeOnDisk() =>
        new[] { DatabasePath, DatabasePath + "-wal", DatabasePath + "-shm" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_idleReaders.TryTake(out var reader))
        {
            reader.Dispose();
        }

        _writer?.Dispose();
        _writerSlot.Dispose();
    }

    private void Return(StoreConnection connection)
    {
        if (_disposed)
        {
            connection.Dispose();
        }
        else
        {
            _idleReaders.Add(connection);
        }
    }

    private sealed class ReadSession(SqliteDataset owner, StoreConnection connection, SqliteQuadStore store) : IReadSession
    {
        private bool _open = true;

        public IQuadStore Store => QuadStore;

        public SqliteQuadStore QuadStore => _open ? store : throw new ObjectDisposedException(nameof(IReadSession));

        public void Dispose()
        {
            if (!_open)
            {
                return;
            }

            _open = false;
            try
            {
                connection.Execute("COMMIT");
                owner.Return(connection);
            }
            catch (SqliteException)
            {
                connection.Dispose();
                throw;
            }
        }
    }

    private sealed class WriteSession(SqliteDataset owner, SqliteQuadStore store) : IWriteSession
    {
        private bool _open = true;

        public IQuadStore Store => QuadStore;

        public SqliteQuadStore QuadStore => _open ? store : throw new ObjectDisposedException(nameof(IWriteSession));

        public void Commit()
        {
            ObjectDisposedException.ThrowIf(!_open, this);
            store.BeforeCommit();
            owner._writer!.Execute("COMMIT");
            store.AfterCommit();
            _open = false;
            owner._writerSlot.Release();
        }

        public void Dispose()
        {
            if (!_open)
            {
                return;
            }

            _open = false;
            try
            {
                owner._writer!.Execute("ROLLBACK");
            }
            finally
            {
                owner._writerSlot.Release();
            }
        }
    }
}
