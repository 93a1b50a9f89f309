namespace NewsGraph.Extraction.Articles;

/// <summary>An input item that could not be read: a bad JSON line, a missing field, an unreadable file.</summary>
/// <param name="Source">The file, with ":line" for JSON lines.</param>
public sealed record ArticleReadError(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}
