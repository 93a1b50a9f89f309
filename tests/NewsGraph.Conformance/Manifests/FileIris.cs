namespace NewsGraph.Conformance.Manifests;

/// <summary>Converts between local paths and the <c>file:</c> IRIs manifests are parsed against.</summary>
public static class FileIris
{
    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string ToPath(string iri)
    {
        if (!Uri.TryCreate(iri, UriKind.Absolute, out var uri) || !uri.IsFile)
        {
            throw new InvalidDataException($"<{iri}> is not a file IRI, so it cannot name a local test file");
        }

        return uri.LocalPath;
    }
}
