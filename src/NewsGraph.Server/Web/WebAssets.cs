using NewsGraph.Server.Web.Data;

namespace NewsGraph.Server.Web;

/// <summary>The page's style sheet and script, embedded in the assembly so the pages work offline.</summary>
internal static class WebAssets
{
    private static readonly Dictionary<string, (string ContentType, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["site.css"] = ("text/css; charset=utf-8", Load("site.css")),
        ["page.js"] = ("text/javascript; charset=utf-8", Load("page.js")),
    };

    public static IResult Serve(string name) =>
        Files.TryGetValue(name, out var file) ? Results.Bytes(file.Bytes, file.ContentType) : Results.NotFound();

    private static byte[] Load(string name) => System.Text.Encoding.UTF8.GetBytes(EmbeddedText.Read("Assets." + name));
}
