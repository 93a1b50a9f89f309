namespace NewsGraph.Store;

/// <summary>
/// Many readers or one writer, released from any thread: a session opened by an async request
/// handler may be disposed on another thread, which <see cref="ReaderWriterLockSlim"/> forbids.
/// A waiting writer holds back new readers, so a steady stream of queries cannot starve ingest.
/// </summary>
public sealed class SessionLock
{
    private readonly object _gate = new();
    private int _readers;
    private int _writersWaiting;
    private bool _writing;

    public void EnterReadLock()
    {
        lock (_gate)
        {
            while (_writing || _writersWaiting > 0)
            {
                Monitor.Wait(_gate);
            }

            _readers++;
        }
    }

    public void ExitReadLock()
    {
        lock (_gate)
        {
            if (--_readers == 0)
            {
                Monitor.PulseAll(_gate);
            }
        }
    }

    public void EnterWriteLock()
    {
        lock (_gate)
        {
            _writersWaiting++;
            while (_writing || _readers > 0)
            {
                Monitor.Wait(_gate);
            }

            _writersWaiting--;
            _writing = true;
        }
    }

    public void ExitWriteLock()
    {
        lock (_gate)
        {
            _writing = false;
            Monitor.PulseAll(_gate);
        }
    }
}
