using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

/// <summary>Reads a test's input and expected-result files.</summary>
internal static class TestFiles
{
    public static Dataset ReadAction(ManifestTest test, RdfFormat format) => Read(test.ActionPath, format, test.ActionBaseIri);

    /// <summary>The expected result, in the syntax its file extension names (<c>.nt</c> or <c>.nq</c>).</summary>
    public static Dataset ReadResult(ManifestTest test) => Read(ResultPath(test), ResultFormat(test), baseIri: null);

    public static string ResultPath(ManifestTest test) =>
        test.ResultPath ?? throw new InvalidDataException($"test {test.Name} has no mf:result");

    public static RdfFormat ResultFormat(ManifestTest test) =>
        RdfFormats.TryFromPath(ResultPath(test), out var format)
            ? format
            : throw new InvalidDataException($"test {test.Name}: no RDF syntax for the result file {test.ResultPath}");

    private static Dataset Read(string path, RdfFormat format, string? baseIri) =>
        RdfReader.Load(RdfReader.OpenText(path), format, new RdfReaderOptions { BaseIri = baseIri, SourceName = Path.GetFileName(path) });
}
