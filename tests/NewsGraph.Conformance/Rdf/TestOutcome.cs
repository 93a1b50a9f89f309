using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

/// <summary>The result of one manifest test; <see cref="Failure"/> is null when it passed.</summary>
public sealed record TestOutcome(ManifestTest Test, string? Failure)
{
    public bool Passed => Failure is null;
}

/// <summary>The result of writing an eval test's expected data in one format and reading it back.</summary>
public sealed record RoundTripOutcome(ManifestTest Test, RdfFormat Format, string? Failure)
{
    public bool Passed => Failure is null;
}
