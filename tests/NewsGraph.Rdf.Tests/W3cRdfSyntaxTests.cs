using NewsGraph.Conformance.Rdf;

namespace NewsGraph.Rdf.Tests;

/// <summary>
/// The W3C RDF 1.1 syntax suites, one theory case per manifest test, run on the files in
/// shared/w3c. The RDF 1.2 suites are left to the conformance tool's informational report.
/// </summary>
public sealed class W3cRdfSyntaxTests
{
    private const string NTriplesSuite = "rdf11/rdf-n-triples";
    private const string NQuadsSuite = "rdf11/rdf-n-quads";
    private const string TurtleSuite = "rdf11/rdf-turtle";
    private const string TrigSuite = "rdf11/rdf-trig";

    public static TheoryData<string> NTriplesTests => W3cSuiteCache.Keys(NTriplesSuite);

    public static TheoryData<string> NQuadsTests => W3cSuiteCache.Keys(NQuadsSuite);

    public static TheoryData<string> TurtleTests => W3cSuiteCache.Keys(TurtleSuite);

    public static TheoryData<string> TrigTests => W3cSuiteCache.Keys(TrigSuite);

    public static TheoryData<string> TurtleEvalTests => W3cSuiteCache.EvalKeys(TurtleSuite);

    public static TheoryData<string> TrigEvalTests => W3cSuiteCache.EvalKeys(TrigSuite);

    [Theory]
    [MemberData(nameof(NTriplesTests))]
    public void NTriples(string test) => AssertPasses(NTriplesSuite, test);

    [Theory]
    [MemberData(nameof(NQuadsTests))]
    public void NQuads(string test) => AssertPasses(NQuadsSuite, test);

    [Theory]
    [MemberData(nameof(TurtleTests))]
    public void Turtle(string test) => AssertPasses(TurtleSuite, test);

    [Theory]
    [MemberData(nameof(TrigTests))]
    public void Trig(string test) => AssertPasses(TrigSuite, test);

    [Theory]
    [MemberData(nameof(TurtleEvalTests))]
    public void TurtleRoundTrip(string test) => AssertRoundTrips(TurtleSuite, test);

    [Theory]
    [MemberData(nameof(TrigEvalTests))]
    public void TrigRoundTrip(string test) => AssertRoundTrips(TrigSuite, test);

    private static void AssertPasses(string suite, string key)
    {
        var outcome = RdfTestRunner.Run(W3cSuiteCache.Test(suite, key));
        Assert.True(outcome.Passed, $"{outcome.Test.Name} ({outcome.Test.ActionPath}): {outcome.Failure}");
    }

    private static void AssertRoundTrips(string suite, string key)
    {
        var test = W3cSuiteCache.Test(suite, key);
        var failures = RoundTrip.Run(test).Where(r => !r.Passed).Select(r => $"via {r.Format}: {r.Failure}").ToList();
        Assert.True(failures.Count == 0, $"{test.Name} ({test.ResultPath}):\n{string.Join("\n", failures)}");
    }
}
