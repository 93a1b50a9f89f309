namespace NewsGraph.Store;

/// <summary>
/// A whole RDF dataset as a service sees it: many readers at once, one writer at a time. A read
/// session is a consistent snapshot for the length of one query; a write session is one
/// transaction, invisible to readers and not durable until <see cref="IWriteSession.Commit"/>.
/// Implemented in memory (<see cref="Memory.MemoryDataset"/>) and durably in a data directory.
/// </summary>
public interface IDataset : IDisposable
{
    /// <summary>A snapshot to read from; dispose it once the query's results have been consumed.</summary>
    IReadSession BeginRead();

    /// <summary>Waits for the writer slot and opens a transaction; disposing it without <c>Commit</c> rolls back.</summary>
    IWriteSession BeginWrite();
}

/// <summary>A consistent view of the dataset, for one query.</summary>
public interface IReadSession : IDisposable
{
    IQuadStore Store { get; }
}

/// <summary>One write transaction.</summary>
public interface IWriteSession : IDisposable
{
    /// <summary>The dataset as this transaction sees it (its own changes included); writes go through it.</summary>
    IQuadStore Store { get; }

    /// <summary>Makes the changes visible and durable (after this returns they survive a crash).</summary>
    void Commit();
}
