using System.Collections.Concurrent;
using NewsGraph.Conformance;
using NewsGraph.Conformance.Manifests;
using NewsGraph.Conformance.Rdf;

namespace NewsGraph.Rdf.Tests;

/// <summary>
/// The W3C suites' tests by key, loaded once per suite: theory data names each test by its
/// manifest key, and each theory case looks its test up again here.
/// </summary>
internal static class W3cSuiteCache
{
    private static readonly Lazy<string> Root = new(W3cData.FindRoot);
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, ManifestTest>>> Suites = new();

    public static TheoryData<string> Keys(string suite) => [.. TestsOf(suite).Keys];

    public static TheoryData<string> EvalKeys(string suite) => [.. TestsOf(suite).Values.Where(RoundTrip.Applies).Select(t => t.Key)];

    public static ManifestTest Test(string suite, string key) => TestsOf(suite)[key];

    private static IReadOnlyDictionary<string, ManifestTest> TestsOf(string suite) =>
        Suites.GetOrAdd(suite, name => new(() => RdfSyntaxSuite.Named(name).LoadTests(Root.Value).ToDictionary(t => t.Key))).Value;
}
