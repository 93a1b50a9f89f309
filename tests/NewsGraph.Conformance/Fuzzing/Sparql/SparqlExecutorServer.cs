using System.Diagnostics;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// The executor process: runs the cases its parent sends, one at a time, each on a worker thread
/// with a deadline, and answers with their outcomes.
/// </summary>
internal static class SparqlExecutorServer
{
    /// <summary>Garbage a heavy case leaves behind would count against the next case's memory cap.</summary>
    private const long CollectAbove = 64L << 20;

    public static int Serve(SparqlLimits limits)
    {
        using var input = new BinaryReader(Console.OpenStandardInput(), ExecutorProtocol.Utf8);
        using var output = new BinaryWriter(Console.OpenStandardOutput(), ExecutorProtocol.Utf8);
        using var process = Process.GetCurrentProcess();
        using var runner = new GuardedRunner(limits.HangThreshold, limits.AbandonAfter);
        var cases = new SparqlCaseRunner(limits);
        output.Write(ExecutorProtocol.Ready);
        output.Flush();
        while (ExecutorProtocol.ReadCase(input) is { } request)
        {
            var outcome = runner.Run(() => cases.Run(request.Kind, request.Text));
            process.Refresh();
            ExecutorProtocol.WriteOutcome(output, outcome, process.PeakWorkingSet64);
            if (outcome.Abandoned)
            {
                // Its thread is stuck, burning a core for good: a fresh process is cheaper.
                return 0;
            }

            if (outcome.ManagedBytes > CollectAbove)
            {
                GC.Collect();
            }
        }

        return 0;
    }
}
