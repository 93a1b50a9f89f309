using NewsGraph.Conformance.Fuzzing;
using NewsGraph.Conformance.Fuzzing.Sparql;

namespace NewsGraph.Sparql.Tests;

/// <summary>Runs alone: its hang detection reads wall-clock times, which other tests' load would skew.</summary>
[CollectionDefinition(nameof(SparqlFuzzTests), DisableParallelization = true)]
public sealed class SparqlFuzzCollection;

/// <summary>
/// The SPARQL fuzzer, briefly, and the inputs it must always survive. Every case runs in the
/// fuzzer's executor process, so an engine that overflows its stack fails a test here instead of
/// killing the test run.
/// </summary>
[Collection(nameof(SparqlFuzzTests))]
public sealed class SparqlFuzzTests(SparqlFuzzTests.Executor executor) : IClassFixture<SparqlFuzzTests.Executor>
{
    private const int Cases = 2_000;

    /// <summary>A shorter timeout than the command's, so that queries that run to it keep the run short.</summary>
    private static readonly SparqlLimits Limits = SparqlLimits.Default with { Timeout = TimeSpan.FromSeconds(1) };

    public static TheoryData<string> Pathological => new(PathologicalQueries.All.Select(c => c.Recipe));

    [Fact]
    public void Mutated_W3C_queries_and_updates_run_or_fail_cleanly()
    {
        var report = SparqlFuzzer.Run(new SparqlFuzzOptions
        {
            Cases = Cases,
            Limits = Limits,
            Pathological = false,

            // Far above the seconds this takes: a run cut short would test fewer cases than it says.
            TimeLimit = TimeSpan.FromMinutes(5),
            StopAtFirstFinding = true,
            OutputDirectory = Path.Combine(Path.GetTempPath(), "newsgraph-fuzz-sparql", "tests"),
        });

        var summary = new StringWriter();
        SparqlReportWriter.Write(summary, report, report.Elapsed);
        Assert.True(report.Crashes == 0 && report.Hangs == 0, summary.ToString());
        Assert.Equal(Cases, report.Cases);
    }

    [Theory]
    [InlineData("SELECT * WHERE ", "{", "", "", "")]
    [InlineData("SELECT * WHERE ", "{ ", "?s ?p ?o", " }", "")]
    [InlineData("SELECT * WHERE { ?s ?p ?o FILTER", "(", "", "", "")]
    [InlineData("SELECT * WHERE { ?s ?p ?o FILTER", "(", "?o", ")", " }")]
    [InlineData("SELECT * WHERE { ?s ", "(", "<http://example.org/p>", ")", " ?o }")]
    public void Nesting_100_000_deep_is_a_syntax_error_not_a_crash(string prefix, string open, string middle, string close, string suffix)
    {
        var query = prefix + string.Concat(Enumerable.Repeat(open, 100_000)) + middle + string.Concat(Enumerable.Repeat(close, 100_000)) + suffix;

        var outcome = executor.Run(SparqlKind.Query, query);

        Assert.True(outcome.Result == CaseResult.SyntaxError, Describe(outcome));
        Assert.Equal(typeof(SparqlSyntaxException).FullName, outcome.Failure?.Kind);
    }

    [Theory]
    [MemberData(nameof(Pathological))]
    public void Pathological_queries_end_by_a_timeout_or_a_limit_not_by_failing(string recipe)
    {
        var query = PathologicalQueries.All.Single(c => c.Recipe == recipe);

        var outcome = executor.Run(((SparqlSettings)query.Settings).Kind, query.Input);

        Assert.True(outcome.Result is not (CaseResult.Crash or CaseResult.Hang), Describe(outcome));
    }

    private static string Describe(CaseOutcome outcome) =>
        $"{outcome.Result} after {outcome.Elapsed.TotalSeconds:F2} s: {outcome.Failure?.Kind}: {outcome.Failure?.Message}\n{outcome.Failure?.Details}";

    /// <summary>One executor process for the class, so each test does not pay for starting one.</summary>
    public sealed class Executor : IDisposable
    {
        private readonly SparqlExecutor _executor = new(Limits);

        public CaseOutcome Run(SparqlKind kind, string text) => _executor.Run(kind, text);

        public void Dispose() => _executor.Dispose();
    }
}
