namespace NewsGraph.Conformance.Manifests;

/// <summary>One test listed in the <c>mf:entries</c> of a W3C test manifest.</summary>
/// <param name="Id">The test's IRI.</param>
/// <param name="Name">The <c>mf:name</c>, or the IRI's fragment when there is none.</param>
/// <param name="Type">The local name of the test's <c>rdf:type</c>, e.g. <c>TestTurtleEval</c>.</param>
/// <param name="ActionPath">The local path of the <c>mf:action</c> file.</param>
/// <param name="ResultPath">The local path of the <c>mf:result</c> file, if the test has one.</param>
/// <param name="Approval">The local name of the approval (<c>Approved</c>, <c>Proposed</c>), if any.</param>
/// <param name="AssumedTestBase">The defining manifest's <c>mf:assumedTestBase</c>, if any.</param>
/// <param name="ManifestPath">The local path of the manifest whose entries list the test.</param>
public sealed record ManifestTest(
    string Id,
    string Name,
    string Type,
    string ActionPath,
    string? ResultPath,
    string? Approval,
    string? AssumedTestBase,
    string ManifestPath)
{
    public bool IsApproved => Approval == "Approved";

    /// <summary>The IRI's fragment (or the whole IRI): short, and unique within one manifest.</summary>
    public string Key => Id.LastIndexOf('#') is var hash and >= 0 ? Id[(hash + 1)..] : Id;

    /// <summary>
    /// The base IRI to parse the action with. The expected results hold absolute IRIs under the
    /// published location of the suite, so the base is that location plus the file's path
    /// relative to the manifest, not the local file's IRI.
    /// </summary>
    public string ActionBaseIri
    {
        get
        {
            if (AssumedTestBase is null)
            {
                return FileIris.FromPath(ActionPath);
            }

            var manifestDir = Path.GetDirectoryName(ManifestPath) ?? ".";
            var relative = Path.GetRelativePath(manifestDir, ActionPath).Replace(Path.DirectorySeparatorChar, '/');
            return AssumedTestBase + relative;
        }
    }
}
