using NewsGraph.Conformance.Manifests;
using NewsGraph.Conformance.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>
/// One W3C SPARQL test suite: the tests reachable from its entry manifests. SPARQL 1.0 and 1.1
/// decide the harness's verdict; SPARQL 1.2 is run for information only, as its specification
/// (and NewsGraph's support for triple terms) is not final.
/// </summary>
/// <param name="Name">The suite's name on the command line and in reports.</param>
/// <param name="Folder">The folder under the W3C data root that holds the entry manifests; test keys are relative to it.</param>
/// <param name="EntryManifests">The manifests, relative to <paramref name="Folder"/>, whose tests make up the suite.</param>
public sealed record SparqlSuite(string Name, string Folder, IReadOnlyList<string> EntryManifests, bool Informational)
{
    public static IReadOnlyList<SparqlSuite> All { get; } =
    [
        // manifest.ttl reaches all but one test; the last is in sort/extended-manifest.ttl.
        new("sparql10", "sparql10", ["manifest.ttl", "extended-manifest-evaluation.ttl"], Informational: false),
        new("sparql11-query", "sparql11", ["manifest-sparql11-query.ttl"], Informational: false),
        new("sparql11-update", "sparql11", ["manifest-sparql11-update.ttl"], Informational: false),
        new("sparql11-results", "sparql11", ["manifest-sparql11-results.ttl"], Informational: false),
        new("sparql11-federation", "sparql11", ["manifest-sparql11-fed.ttl"], Informational: false),

        // The rest of manifest-all.ttl: entailment regimes and HTTP tests, listed so their skips are visible.
        new("sparql11-entailment", "sparql11", ["entailment/manifest.ttl"], Informational: false),
        new("sparql11-http", "sparql11", ["protocol/manifest.ttl", "graph-store-protocol/manifest.ttl", "service-description/manifest.ttl"], Informational: false),
        new("sparql12", "sparql12", ["manifest.ttl"], Informational: true),
    ];

    public static SparqlSuite Named(string name) =>
        All.SingleOrDefault(s => s.Name == name) ?? throw new ArgumentException($"no SPARQL suite named {name}", nameof(name));

    /// <summary>The suite's tests, each once, in manifest order; keys are checked to be unique, as test names rely on them.</summary>
    public IReadOnlyList<SparqlTest> LoadTests(string w3cRoot)
    {
        var folder = Path.Combine(w3cRoot, Folder);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var tests = EntryManifests
            .SelectMany(m => ManifestReader.LoadEntries(Path.Combine(folder, m)))
            .Where(e => ids.Add(e.Id))
            .Select(e => SparqlTestReader.Read(e, folder))
            .ToList();
        var duplicate = tests.GroupBy(t => t.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? tests
            : throw new InvalidDataException($"{Name}: {duplicate.Count()} tests share the key {duplicate.Key}: {string.Join(", ", duplicate.Select(t => t.Id))}");
    }

    /// <summary>Runs every test; a manifest that cannot be read is reported, not thrown.</summary>
    public SparqlSuiteRun Run(string w3cRoot)
    {
        IReadOnlyList<SparqlTest> tests;
        try
        {
            tests = LoadTests(w3cRoot);
        }
        catch (Exception e)
        {
            return new SparqlSuiteRun(this, [], "could not load the manifests: " + Failures.Describe(e));
        }

        return new SparqlSuiteRun(this, [.. tests.Select(SparqlTestRunner.Run)], LoadFailure: null);
    }
}

/// <summary>What running one SPARQL suite produced.</summary>
public sealed record SparqlSuiteRun(SparqlSuite Suite, IReadOnlyList<SparqlOutcome> Outcomes, string? LoadFailure)
{
    public int Passed => Outcomes.Count(o => o.Passed);

    /// <summary>Failed tests; a manifest that could not be loaded counts as one failure.</summary>
    public int Failed => Outcomes.Count(o => o.Failed) + (LoadFailure is null ? 0 : 1);

    public int Skipped => Outcomes.Count(o => o.Verdict == SparqlVerdict.Skipped);

    public int PassedLeniently => Outcomes.Count(o => o.Verdict == SparqlVerdict.PassedLenientNumeric);
}
