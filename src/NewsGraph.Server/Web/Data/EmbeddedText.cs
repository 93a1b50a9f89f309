using System.Reflection;

namespace NewsGraph.Server.Web.Data;

/// <summary>Reads the web part's embedded files (queries, examples, assets), named relative to Web/.</summary>
internal static class EmbeddedText
{
    private const string Root = "NewsGraph.Server.Web.";
    private static readonly Assembly Assembly = typeof(EmbeddedText).Assembly;

    public static string Read(string name)
    {
        using var stream = Open(name) ?? throw new InvalidOperationException($"the web resource {name} is not embedded in the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream? Open(string name) => Assembly.GetManifestResourceStream(Root + name);

    /// <summary>The names (relative to Web/) of the embedded files in one folder, in order.</summary>
    public static IEnumerable<string> List(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Root + folder + ".", StringComparison.Ordinal))
            .Select(n => n[Root.Length..])
            .Order(StringComparer.Ordinal);
}
