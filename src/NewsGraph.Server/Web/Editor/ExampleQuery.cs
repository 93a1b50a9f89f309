using NewsGraph.Server.Web.Data;

namespace NewsGraph.Server.Web.Editor;

/// <summary>
/// One of the example queries offered beside the editor (Web/Examples/*.rq). The file's first
/// comment line is its title and the second its description.
/// </summary>
internal sealed record ExampleQuery(string Id, string Title, string Description, string Text)
{
    public static IReadOnlyList<ExampleQuery> All { get; } = Load();

    public static ExampleQuery? Find(string? id) => All.FirstOrDefault(e => e.Id == id);

    private static List<ExampleQuery> Load() =>
        EmbeddedText.List("Examples").Select(name =>
        {
            var text = EmbeddedText.Read(name);
            var comments = text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToList();
            var id = Path.GetFileNameWithoutExtension(name["Examples.".Length..]);
            return new ExampleQuery(id, comments.ElementAtOrDefault(0) ?? id, comments.ElementAtOrDefault(1) ?? string.Empty, text);
        }).ToList();
}
