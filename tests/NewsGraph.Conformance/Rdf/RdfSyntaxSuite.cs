using NewsGraph.Conformance.Manifests;

namespace NewsGraph.Conformance.Rdf;

/// <summary>
/// One W3C RDF syntax test suite, named by its folder under the W3C data root. RDF 1.1 suites
/// decide the harness's verdict; RDF 1.2 suites are run for information only, since NewsGraph
/// targets RDF 1.1 and has no triple terms yet.
/// </summary>
public sealed record RdfSyntaxSuite(string Name, bool Informational)
{
    private const string Rdf11Folder = "rdf11";

    public static IReadOnlyList<RdfSyntaxSuite> All { get; } =
    [
        new("rdf11/rdf-n-triples", Informational: false),
        new("rdf11/rdf-n-quads", Informational: false),
        new("rdf11/rdf-turtle", Informational: false),
        new("rdf11/rdf-trig", Informational: false),
        new("rdf12/rdf-n-triples", Informational: true),
        new("rdf12/rdf-n-quads", Informational: true),
        new("rdf12/rdf-turtle", Informational: true),
        new("rdf12/rdf-trig", Informational: true),
    ];

    public static RdfSyntaxSuite Named(string name) =>
        All.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no RDF syntax suite named {name}", nameof(name));

    /// <summary>
    /// The suite's tests. The RDF 1.2 manifests include the RDF 1.1 ones; those tests belong to
    /// the RDF 1.1 suites and are left out here so that nothing is counted twice.
    /// </summary>
    public IReadOnlyList<ManifestTest> LoadTests(string w3cRoot)
    {
        var tests = ManifestReader.Load(Path.Combine(w3cRoot, Name, "manifest.ttl"));
        if (Name.StartsWith(Rdf11Folder + "/", StringComparison.Ordinal))
        {
            return tests;
        }

        var rdf11 = FileIris.FromPath(Path.Combine(w3cRoot, Rdf11Folder)) + "/";
        return [.. tests.Where(t => !t.Id.StartsWith(rdf11, StringComparison.Ordinal))];
    }

    /// <summary>Runs every test, and for RDF 1.1 the writer round trips; a manifest that cannot be read is reported, not thrown.</summary>
    public SuiteRun Run(string w3cRoot)
    {
        IReadOnlyList<ManifestTest> tests;
        try
        {
            tests = LoadTests(w3cRoot);
        }
        catch (Exception e)
        {
            return new SuiteRun(this, [], [], "could not load the manifest: " + Failures.Describe(e));
        }

        var outcomes = tests.Select(RdfTestRunner.Run).ToList();
        var roundTrips = Informational ? [] : tests.SelectMany(RoundTrip.Run).ToList();
        return new SuiteRun(this, outcomes, roundTrips, LoadFailure: null);
    }
}
