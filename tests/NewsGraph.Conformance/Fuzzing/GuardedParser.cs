using System.Diagnostics;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Parses inputs on a worker thread with a deadline, so a parser stuck in an endless loop costs
/// one abandoned thread instead of the whole run. A case slower than <see cref="HangThreshold"/>
/// counts as a hang even if it finishes.
/// </summary>
internal sealed class GuardedParser : IDisposable
{
    public static readonly TimeSpan HangThreshold = TimeSpan.FromSeconds(2);

    /// <summary>Well past <see cref="HangThreshold"/>, so only a parse that is truly stuck loses its thread.</summary>
    private static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(10);

    private readonly List<Worker> _abandoned = [];
    private Worker _worker = new();

    /// <summary>
    /// Abandoned threads still in their parse, each burning a core. A parse that is merely very
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

    public CaseOutcome Parse(string input, RdfFormat format, ReaderSettings settings)
    {
        if (!_worker.TryParse(input, format, settings, AbandonAfter, out var outcome))
        {
            _worker.Stop();
            _abandoned.Add(_worker);
            _worker = new Worker();
            return new CaseOutcome(CaseResult.Hang, AbandonAfter, 0, null, 0, Abandoned: true);
        }

        return outcome.Elapsed > HangThreshold ? outcome with { Result = CaseResult.Hang } : outcome;
    }

    public void Dispose() => _worker.Stop();

    /// <summary>Parses on the calling thread, with no deadline.</summary>
    private static CaseOutcome ParseHere(string input, RdfFormat format, ReaderSettings settings)
    {
        var clock = Stopwatch.StartNew();
        long quads = 0;
        long managedBytes = 0;
        try
        {
            using var reader = RdfReader.Create(new StringReader(input), format, settings.ToOptions());
            try
            {
                while (reader.TryRead(out _))
                {
                    quads++;
                }
            }
            finally
            {
                // Sampled while the reader and its buffers are still reachable.
                managedBytes = GC.GetTotalMemory(forceFullCollection: false);
            }

            return new CaseOutcome(CaseResult.Parsed, clock.Elapsed, quads, null, managedBytes);
        }
        catch (RdfSyntaxException e)
        {
            var lines = LineCount(input);
            return IsInside(e, lines, input.Length)
                ? new CaseOutcome(CaseResult.SyntaxError, clock.Elapsed, quads, e, managedBytes)
                : new CaseOutcome(CaseResult.Crash, clock.Elapsed, quads, new MisplacedSyntaxErrorException(e, lines, input.Length), managedBytes);
        }
        catch (Exception e)
        {
            return new CaseOutcome(CaseResult.Crash, clock.Elapsed, quads, e, managedBytes);
        }
    }

    // Loose on purpose: a lone CR may or may not end a line, and an error at the end of a line
    // sits one column past its last character.
    private static bool IsInside(RdfSyntaxException e, int lines, int chars) =>
        e.Line >= 1 && e.Line <= lines && e.Column >= 1 && e.Column <= chars + 1;

    private static int LineCount(string input) =>
        1 + input.AsSpan().Count('\n') + input.AsSpan().Count('\r');

    /// <summary>One thread that parses whatever it is handed, one input at a time.</summary>
    private sealed class Worker
    {
        private readonly SemaphoreSlim _start = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private string _input = "";
        private RdfFormat _format;
        private ReaderSettings _settings = ReaderSettings.Default;
        private CaseOutcome _outcome;
        private volatile bool _stopping;
        private volatile bool _busy;

        public Worker()
        {
            // Default stack size on purpose: a parser that recurses too deep should fail here as it
            // would on a thread-pool thread in an application.
            new Thread(Loop) { IsBackground = true, Name = "fuzz parser" }.Start();
        }

        public bool IsBusy => _busy;

        public bool TryParse(string input, RdfFormat format, ReaderSettings settings, TimeSpan deadline, out CaseOutcome outcome)
        {
            _input = input;
            _format = format;
            _settings = settings;
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

                _outcome = ParseHere(_input, _format, _settings);
                _busy = false;
                _done.Release();
            }
        }
    }
}
