using System.Diagnostics;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The reader of one RDF format, fed mutated W3C test files and over-deep nesting.</summary>
internal sealed class RdfTarget(RdfFormat format, IReadOnlyList<CorpusFile> corpus, GuardedRunner runner) : IFuzzTarget
{
    public static readonly TimeSpan HangThreshold = TimeSpan.FromSeconds(2);

    /// <summary>Well past <see cref="HangThreshold"/>, so only a parse that is truly stuck loses its thread.</summary>
    public static readonly TimeSpan AbandonAfter = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Each stuck thread spins on a core, so past this many the machine is too busy for timings
    /// (and so hang detection) to mean anything: the run waits for some to finish.
    /// </summary>
    private const int MaxStuckThreads = 4;

    /// <summary>How long to wait for stuck threads: a quadratic parse ends in time, an endless loop never.</summary>
    private static readonly TimeSpan StuckThreadPatience = TimeSpan.FromMinutes(2);

    private readonly bool _nests = format is RdfFormat.Turtle or RdfFormat.TriG;
    private readonly Mutator _mutator = new(corpus, RdfTokens.Vocabulary, []);

    public string Name => format.Extension().TrimStart('.');

    public int SeedSalt => (int)format;

    public int SeedFiles => corpus.Count;

    public IReadOnlyList<FuzzCase> FixedCases => [];

    public TimeSpan MinimizeBudget => TimeSpan.FromSeconds(5);

    public long PeakWorkingSetBytes
    {
        get
        {
            using var process = Process.GetCurrentProcess();
            return process.PeakWorkingSet64;
        }
    }

    public FuzzCase Next(Random rng)
    {
        if (_nests && rng.Next(20) == 0)
        {
            var nesting = NestingDocuments.Make(rng, format);
            if (!_mutator.IsDisabled(nesting.Operators[0]))
            {
                return nesting;
            }
        }

        var mutant = _mutator.Next(rng);
        return new FuzzCase(mutant.Text, ReaderSettings.Pick(rng), mutant.Recipe, mutant.Operators);
    }

    public CaseOutcome Run(FuzzCase fuzzCase) =>
        runner.Run(() => ParseHere(fuzzCase.Input, (ReaderSettings)fuzzCase.Settings));

    public void Disable(string operatorName) => _mutator.Disable(operatorName);

    public string ExtensionOf(FuzzCase fuzzCase) => format.Extension();

    public string? WaitUntilUsable(TimeSpan budgetLeft, TextWriter log)
    {
        if (runner.StuckThreads < MaxStuckThreads)
        {
            return null;
        }

        var patience = budgetLeft < StuckThreadPatience ? budgetLeft : StuckThreadPatience;
        log.WriteLine($"  {runner.StuckThreads} parser threads are stuck; waiting up to {patience.TotalSeconds:F0} s for them");
        return runner.WaitForStuckThreads(MaxStuckThreads, patience) ? null : $"{runner.StuckThreads} parser threads stayed stuck";
    }

    public string Tally(CampaignReport r) => $"{r.Parsed:N0} parsed, {r.SyntaxErrors:N0} syntax errors, {r.Crashes} crashes, {r.Hangs} hangs";

    private CaseOutcome ParseHere(string input, ReaderSettings settings)
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

            return new CaseOutcome(CaseResult.Completed, clock.Elapsed, quads, null, managedBytes);
        }
        catch (RdfSyntaxException e)
        {
            return MisplacedSyntaxErrorException.Check(e, e.Line, e.Column, input) is { } misplaced
                ? new CaseOutcome(CaseResult.Crash, clock.Elapsed, quads, Failure.Of(misplaced), managedBytes)
                : new CaseOutcome(CaseResult.SyntaxError, clock.Elapsed, quads, Failure.Of(e), managedBytes);
        }
        catch (Exception e)
        {
            return new CaseOutcome(CaseResult.Crash, clock.Elapsed, quads, Failure.Of(e), managedBytes);
        }
    }
}
