using System.Diagnostics;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// Runs SPARQL cases in a child process: this program, as <c>fuzz-sparql --serve</c>. What no
/// thread survives (a stack overflow, an exhausted heap) kills the child instead of the fuzzer,
/// and a case stuck for good ends with its process instead of spinning on a core for the rest of
/// the run. Either way the next case gets a fresh child.
/// </summary>
public sealed class SparqlExecutor(SparqlLimits limits) : IDisposable
{
    /// <summary>
    /// Well above what any case should need: a heap that reaches it throws OutOfMemoryException,
    /// which the child reports with a stack trace, instead of the machine swapping.
    /// </summary>
    private const string HeapHardLimit = "0xC0000000";

    private const int MaxErrorChars = 1 << 16;

    /// <summary>For a child too wedged even to report that its case hung.</summary>
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private Child? _child;

    /// <summary>Children started: one, plus one for each that died or hung.</summary>
    public int Starts { get; private set; }

    /// <summary>The largest peak working set a child reported.</summary>
    public long PeakWorkingSetBytes { get; private set; }

    public CaseOutcome Run(SparqlKind kind, string text)
    {
        var child = _child ??= Start();
        var clock = Stopwatch.StartNew();
        var exchange = Task.Run(() =>
        {
            ExecutorProtocol.WriteCase(child.Requests, kind, text);
            return ExecutorProtocol.ReadOutcome(child.Responses);
        });
        try
        {
            if (!exchange.Wait(limits.AbandonAfter + Backstop))
            {
                Retire();
                return new CaseOutcome(CaseResult.Hang, clock.Elapsed, 0, null, 0, Abandoned: true);
            }
        }
        catch (AggregateException e) when (e.InnerException is IOException)
        {
            // EndOfStreamException is an IOException too: the child died before answering.
            child.Process.WaitForExit();
            var failure = DeathFailure(child.Process.ExitCode, child.ErrorOutput);
            Retire();
            return new CaseOutcome(CaseResult.Crash, clock.Elapsed, 0, failure, 0, Abandoned: true);
        }

        var (outcome, peakWorkingSetBytes) = exchange.Result;
        PeakWorkingSetBytes = Math.Max(PeakWorkingSetBytes, peakWorkingSetBytes);
        if (outcome.Abandoned)
        {
            // The child ends itself after abandoning a thread.
            Retire();
        }

        return outcome;
    }

    public void Dispose() => Retire();

    /// <summary>
    /// Names what killed the child. Where a stack overflow happened to run out of stack varies with
    /// the input, but the methods that recurse do not, so they identify the bug: those of the block
    /// of frames the runtime prints once after "Repeated N times:", or, when it found no single
    /// repeating block, those near the top of the stack.
    /// </summary>
    private static Failure DeathFailure(int exitCode, string errors)
    {
        const int TopFrames = 64;
        var lines = errors.Split('\n', StringSplitOptions.TrimEntries);
        var overflow = lines.Contains("Stack overflow.");
        var repeated = lines.SkipWhile(line => !line.StartsWith("Repeated ", StringComparison.Ordinal)).ToList();
        var frames = repeated.Count > 0
            ? repeated.Skip(2).TakeWhile(line => !line.StartsWith("---", StringComparison.Ordinal))
            : lines.Where(line => line.StartsWith("at ", StringComparison.Ordinal)).Take(TopFrames);
        var recursing = frames.Select(NewsGraphMethod).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var site = overflow && recursing.Count > 0
            ? "recursion through " + string.Join(", ", recursing)
            : lines.Select(NewsGraphMethod).FirstOrDefault(method => method is not null) ?? "an unknown place";
        var kind = overflow ? "stack overflow (the process died)" : $"the process died (exit code {exitCode})";
        var message = lines.FirstOrDefault(line => line.Length > 0) ?? "no error output";
        return new Failure(kind, message, $"exit code {exitCode}, error output:\n{errors}", site);
    }

    /// <summary>"Type.Method" of a stack frame line in NewsGraph code, or null for any other line.</summary>
    private static string? NewsGraphMethod(string line)
    {
        if (!line.StartsWith("at NewsGraph.", StringComparison.Ordinal))
        {
            return null;
        }

        var name = line[3..];
        var arguments = name.IndexOf('(', StringComparison.Ordinal);
        var parts = (arguments < 0 ? name : name[..arguments]).Split('.');
        return $"{parts[^2]}.{parts[^1]}";
    }

    private Child Start()
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(SparqlExecutor).Assembly.Location);
        info.ArgumentList.Add("fuzz-sparql");
        info.ArgumentList.Add("--serve");
        foreach (var argument in limits.ToArguments())
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_GCHeapHardLimit"] = HeapHardLimit;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var child = new Child(process);
        Starts++;
        var ready = Task.Run(child.Responses.ReadInt32);
        try
        {
            if (ready.Wait(StartPatience) && ready.Result == ExecutorProtocol.Ready)
            {
                return child;
            }
        }
        catch (AggregateException)
        {
            // Reported below, with what the child printed.
        }

        child.Dispose();
        throw new InvalidOperationException($"the SPARQL executor ({info.FileName} {string.Join(' ', info.ArgumentList)}) did not start: {child.ErrorOutput}");
    }

    private void Retire()
    {
        _child?.Dispose();
        _child = null;
    }

    /// <summary>
    /// The dotnet host of the running runtime (…/dotnet/shared/Microsoft.NETCore.App/version/ →
    /// …/dotnet/dotnet), so the child runs on the same runtime whether this process is an apphost,
    /// <c>dotnet run</c> or a test host.
    /// </summary>
    private static string DotnetHost()
    {
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? "";
        var host = Path.GetFullPath(Path.Combine(runtime, "..", "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(host) ? host : "dotnet";
    }

    /// <summary>One executor process, its pipes, and what it wrote to its error output.</summary>
    private sealed class Child : IDisposable
    {
        private readonly StringBuilder _errors = new();

        public Child(Process process)
        {
            Process = process;
            Requests = new BinaryWriter(process.StandardInput.BaseStream, ExecutorProtocol.Utf8);
            Responses = new BinaryReader(process.StandardOutput.BaseStream, ExecutorProtocol.Utf8);
            process.ErrorDataReceived += (_, e) =>
            {
                lock (_errors)
                {
                    if (e.Data is { } line && _errors.Length < MaxErrorChars)
                    {
                        _errors.AppendLine(line);
                    }
                }
            };
            process.BeginErrorReadLine();
        }

        public Process Process { get; }

        public BinaryWriter Requests { get; }

        public BinaryReader Responses { get; }

        /// <summary>Complete once the process has exited: waiting for the exit also drains the error output.</summary>
        public string ErrorOutput
        {
            get
            {
                lock (_errors)
                {
                    return _errors.ToString();
                }
            }
        }

        public void Dispose()
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            Process.WaitForExit();
            try
            {
                Requests.Dispose();
            }
            catch (IOException)
            {
                // A case the child died reading may still be buffered, with nowhere to go.
            }

            Responses.Dispose();
            Process.Dispose();
        }
    }
}
