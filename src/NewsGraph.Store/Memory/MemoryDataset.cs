namespace NewsGraph.Store.Memory;

/// <summary>
/// An <see cref="IDataset"/> over one <see cref="MemoryQuadStore"/>, for tests and for runs that
/// keep nothing. Isolation comes from a reader-writer lock rather than snapshots, and a write
/// session's changes are applied as they are made, so a rollback is not possible: disposing a
/// session without committing is treated as a programming error.
/// </summary>
public sealed class MemoryDataset : IDataset
{
    private readonly SessionLock _lock = new();

    public MemoryDataset(MemoryQuadStore? store = null) => Store = store ?? new MemoryQuadStore();

    public MemoryQuadStore Store { get; }

    public IReadSession BeginRead()
    {
        _lock.EnterReadLock();
        return new ReadSession(this);
    }

    public IWriteSession BeginWrite()
    {
        _lock.EnterWriteLock();
        return new WriteSession(this);
    }

    public void Dispose()
    {
    }

    private sealed class ReadSession(MemoryDataset owner) : IReadSession
    {
        private bool _open = true;

        public IQuadStore Store => owner.Store;

        public void Dispose()
        {
            if (_open)
            {
                _open = false;
                owner._lock.ExitReadLock();
            }
        }
    }

    private sealed class WriteSession(MemoryDataset owner) : IWriteSession
    {
        private bool _open = true;
        private bool _committed;

        public IQuadStore Store => owner.Store;

        public void Commit() => _committed = true;

        public void Dispose()
        {
            if (!_open)
            {
                return;
            }

            _open = false;
            owner._lock.ExitWriteLock();
            if (!_committed)
            {
                throw new InvalidOperationException("a memory dataset cannot roll back: commit every write session");
            }
        }
    }
}
