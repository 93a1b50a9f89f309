namespace NewsGraph.Extraction.Articles;

/// <summary>One row of a corpus' <c>SOURCES.tsv</c>.</summary>
internal sealed record SidecarRow(string? Language, string? Outlet, DateOnly? Published, string? Url);

/// <summary>
/// The <c>SOURCES.tsv</c> a corpus folder may ship beside its articles (columns <c>file, lang, outlet,
/// published, …</c>, tab-separated, with a header row). Only a file in the same folder as the article
/// counts: metadata is never looked for elsewhere.
/// </summary>
internal static class SidecarMetadata
{
    public const string FileName = "SOURCES.tsv";

    public static Dictionary<string, SidecarRow> Load(string directory)
    {
        var rows = new Dictionary<string, SidecarRow>(StringComparer.Ordinal);
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            return rows;
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split('\t');
        if (header is null)
            return rows;
        int Column(string name) => Array.IndexOf(header, name);
        int file = Column("file"), lang = Column("lang"), outlet = Column("outlet"), published = Column("published"), source = Column("source");
        if (file < 0)
            return rows;
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            string? Cell(int index) => index >= 0 && index < cells.Length && cells[index].Trim().Length > 0 ? cells[index].Trim() : null;
            var id = Cell(file);
            if (id is null)
                continue;
            DateOnly? date = DateOnly.TryParseExact(Cell(published) ?? "", "yyyy-MM-dd", out var d) ? d : null;
            rows[Path.GetFileNameWithoutExtension(id) is { Length: > 0 } stem && id.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) ? stem : id]
                = new SidecarRow(Cell(lang), Cell(outlet), date, UrlIn(Cell(source)));
        }
        return rows;
    }

    /// <summary>The first http(s) address in a free-text source cell.</summary>
    private static string? UrlIn(string? source)
    {
        if (source is null)
            return null;
        var start = source.IndexOf("http", StringComparison.Ordinal);
        if (start < 0)
            return null;
        var end = start;
        while (end < source.Length && !char.IsWhiteSpace(source[end]) && source[end] != ')')
            end++;
        return source[start..end];
    }
}
