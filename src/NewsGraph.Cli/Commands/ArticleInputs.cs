using NewsGraph.Extraction.Articles;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// The article sources named on the command line: files, folders of them, or '-' for a plain-text
/// article on standard input. Shared by <c>ingest</c> and <c>bench-extract</c>.
/// </summary>
internal static class ArticleInputs
{
    public const string StandardInput = "-";

    /// <summary>The extensions <see cref="ArticleReader"/> understands; anything else in a folder
    /// (SOURCES.tsv, notes, images) is not an article.</summary>
    private static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl", ".ndjson"];

    public static string ExtensionList => string.Join(' ', Extensions);

    /// <summary>
    /// Every input file, in a stable order: folders are searched recursively and their articles
    /// sorted by path, so two runs over the same folder write the same output. A path that does
    /// not exist, or a file named directly whose kind is unknown, is a usage error: a typo should
    /// stop the command before anything is written.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (path == StandardInput)
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticleFile)
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(IsArticleFile(path)
                    ? path
                    : throw new CliException($"{path}: not an article file (expected one of {ExtensionList})"));
            }
            else
            {
                throw new CliException($"no such file or folder: {path}");
            }
        }

        return files;
    }

    /// <summary>
    /// How many articles an input holds, counted cheaply (JSON lines not parsed), for progress
    /// lines. A file that cannot be read counts as one: reading it will report the problem.
    /// </summary>
    public static int Count(string input)
    {
        if (!IsJsonLines(input))
        {
            return 1;
        }

        try
        {
            return File.ReadLines(input).Count(line => !string.IsNullOrWhiteSpace(line));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 1;
        }
    }

    private static bool IsArticleFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsJsonLines(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";
}
