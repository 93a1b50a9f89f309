using System.Collections.Concurrent;
using NewsGraph.Conformance;
using NewsGraph.Conformance.Sparql;

namespace NewsGraph.Sparql.Tests;

/// <summary>
/// The W3C SPARQL 1.0 and 1.1 suites, one theory case per test, run on the files in shared/w3c.
/// Tests the harness skips (entailment, SERVICE, HTTP protocol) are left out rather than passed.
/// SPARQL 1.2 is left to the conformance tool's informational report.
/// </summary>
public sealed class W3cSparqlTests
{
    private const string Sparql10Suite = "sparql10";
    private const string Sparql11QuerySuite = "sparql11-query";
    private const string Sparql11UpdateSuite = "sparql11-update";
    private const string Sparql11ResultsSuite = "sparql11-results";
    private const string Sparql11FederationSuite = "sparql11-federation";

    private static readonly Lazy<string> Root = new(W3cData.FindRoot);
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, SparqlTest>>> Suites = new();

    public static TheoryData<string> Sparql10Tests => RunnableKeys(Sparql10Suite);

    public static TheoryData<string> Sparql11QueryTests => RunnableKeys(Sparql11QuerySuite);

    public static TheoryData<string> Sparql11UpdateTests => RunnableKeys(Sparql11UpdateSuite);

    public static TheoryData<string> Sparql11ResultsTests => RunnableKeys(Sparql11ResultsSuite);

    public static TheoryData<string> Sparql11FederationTests => RunnableKeys(Sparql11FederationSuite);

    [Theory]
    [MemberData(nameof(Sparql10Tests))]
    public void Sparql10(string test) => AssertPasses(Sparql10Suite, test);

    [Theory]
    [MemberData(nameof(Sparql11QueryTests))]
    public void Sparql11Query(string test) => AssertPasses(Sparql11QuerySuite, test);

    [Theory]
    [MemberData(nameof(Sparql11UpdateTests))]
    public void Sparql11Update(string test) => AssertPasses(Sparql11UpdateSuite, test);

    [Theory]
    [MemberData(nameof(Sparql11ResultsTests))]
    public void Sparql11ResultFormats(string test) => AssertPasses(Sparql11ResultsSuite, test);

    [Theory]
    [MemberData(nameof(Sparql11FederationTests))]
    public void Sparql11Federation(string test) => AssertPasses(Sparql11FederationSuite, test);

    private static void AssertPasses(string suite, string key)
    {
        var outcome = SparqlTestRunner.Run(TestsOf(suite)[key]);
        Assert.True(outcome.Passed, $"{outcome.Test.Name} ({outcome.Test.File}): {outcome.Detail}");
    }

    private static TheoryData<string> RunnableKeys(string suite) => [.. TestsOf(suite).Values.Where(t => t.SkipReason is null).Select(t => t.Key)];

    /// <summary>A suite's tests by key, loaded once: theory data names each test by its key, and each case looks it up again.</summary>
    private static IReadOnlyDictionary<string, SparqlTest> TestsOf(string suite) =>
        Suites.GetOrAdd(suite, name => new(() => SparqlSuite.Named(name).LoadTests(Root.Value).ToDictionary(t => t.Key))).Value;
}
