using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

public enum SparqlTestKind
{
    PositiveSyntax,
    NegativeSyntax,
    QueryEvaluation,
    UpdateEvaluation,

    /// <summary>A test type the harness does not know; running it fails, so that the gap is seen.</summary>
    Unsupported,
}

/// <summary>An RDF file loaded into a named graph.</summary>
public sealed record NamedGraphFile(Iri Name, string Path);

/// <summary>The files that make up a dataset: those merged into the default graph, and the named graphs.</summary>
public sealed record DatasetFiles(IReadOnlyList<string> DefaultGraph, IReadOnlyList<NamedGraphFile> NamedGraphs)
{
    public static readonly DatasetFiles Empty = new([], []);

    public bool IsEmpty => DefaultGraph.Count == 0 && NamedGraphs.Count == 0;
}

/// <summary>One SPARQL test from a W3C manifest, with its inputs and expected outputs as local files.</summary>
/// <param name="Id">The test's IRI.</param>
/// <param name="Key">Unique within its suite and readable: the manifest's folder and the IRI's fragment.</param>
/// <param name="Name">The <c>mf:name</c>, or the key when there is none.</param>
/// <param name="Type">The local name of the test's <c>rdf:type</c>.</param>
/// <param name="Approval">The local name of the approval, if any.</param>
/// <param name="ManifestPath">The manifest whose entries list the test.</param>
/// <param name="Kind">What the test checks.</param>
/// <param name="File">The query or update under test; the manifest for tests that have no such file.</param>
/// <param name="Data">The dataset to run against (query and update evaluation tests).</param>
/// <param name="ResultPath">The expected results of a query evaluation test.</param>
/// <param name="ExpectedData">The dataset an update evaluation test must leave behind.</param>
/// <param name="LaxCardinality">Whether any number of duplicates between the distinct and full results is right (REDUCED).</param>
/// <param name="Requires">The local names of the test's <c>mf:requires</c>: optional behaviour it assumes.</param>
/// <param name="SkipReason">Why the harness does not run the test, if it does not.</param>
public sealed record SparqlTest(
    string Id,
    string Key,
    string Name,
    string Type,
    string? Approval,
    string ManifestPath,
    SparqlTestKind Kind,
    string File,
    DatasetFiles Data,
    string? ResultPath,
    DatasetFiles? ExpectedData,
    bool LaxCardinality,
    IReadOnlyList<string> Requires,
    string? SkipReason)
{
    public bool IsApproved => Approval == "Approved";
}
