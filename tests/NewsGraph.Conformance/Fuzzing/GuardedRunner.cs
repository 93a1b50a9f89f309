using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Runs cases on a worker thread with a deadline, so code stuck in an endless loop costs one
/// abandoned thread instead of the whole run. A case slower than the hang threshold counts as a
/// hang even if it finishes, unless it crashed.
/// </summary>
/// <param name="abandonAfter">Well past the hang threshold, so only a case that is truly stuck loses its thread.</param>
internal sealed class GuardedRunner(TimeSpan hangThreshold, TimeSpan abandonAfter) : IDisposable
{
    private readonly List<Worker> _abandoned = [];
    private Worker _worker = new();

    /// <summary>
    /// Abandoned threads still in their case, each burning a core. A case that is merely very
    /// slow (quadratic, say) ends some time and stops counting.
    /// </summary>
    public int StuckThreads => _abandoned.Count(w => w.IsBusy);

    /// <summary>Waits until fewer than <paramref name="max"/> threads are stuck; false if that takes longer than <paramref name="timeout"/>.</summary>
    public bool WaitForStuckThreads(int max, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (StuckThreads >= max)
        {
            if (clock.Elapsed >= timeout)
            {
                return false;
            }

            Thread.Sleep(100);
        }

        return true;
    }

    public CaseOutcome Run(Func<CaseOutcome> work)
    {
        if (!_worker.TryRun(work, abandonAfter, out var outcome))
        {
            _worker.Stop();
            _abandoned.Add(_worker);
            _worker = new Worker();
            return new CaseOutcome(CaseResult.Hang, abandonAfter, 0, null, 0, Abandoned: true);
        }

        // A slow crash stays a crash: its stack trace says more than the time it took.
        return outcome.Elapsed > hangThreshold && outcome.Result != CaseResult.Crash ? outcome with { Result = CaseResult.Hang } : outcome;
    }

    public void Dispose() => _worker.Stop();

    /// <summary>One thread that runs whatever it is handed, one case at a time.</summary>
    private sealed class Worker
    {
        private readonly SemaphoreSlim _start = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private Func<CaseOutcome> _work = () => default;
        private CaseOutcome _outcome;
        private volatile bool _stopping;
        private volatile bool _busy;

        public Worker()
        {
            // Default stack size on purpose: code that recurses too deep should fail here as it
            // would on a thread-pool thread in an application.
            new Thread(Loop) { IsBackground = true, Name = "fuzz worker" }.Start();
        }

        public bool IsBusy => _busy;

        public bool TryRun(Func<CaseOutcome> work, TimeSpan deadline, out CaseOutcome outcome)
        {
            _work = work;
            _busy = true;
            _start.Release();
            var answered = _done.Wait(deadline);
            outcome = answered ? _outcome : default;
            return answered;
        }

        /// <summary>Lets the thread end once it is free; a stuck thread ends when (if) it gets unstuck.</summary>
        public void Stop()
        {
            _stopping = true;
            _start.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _start.Wait();
                if (_stopping)
                {
                    return;
                }

                _outcome = _work();
                _busy = false;
                _done.Release();
            }
        }
    }
}
