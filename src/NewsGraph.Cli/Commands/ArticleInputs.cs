using Microsoft.Extensions.FileSystemGlobbing;
using NewsGraph.Extraction.Articles;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// The article sources named on the command line: files, folders of them, glob patterns (quoted, so
/// the shell leaves them to us: <c>'corpus/**/ar-*.txt'</c>), or '-' for a plain-text article on
/// standard input. Shared by <c>ingest</c> and <c>bench-extract</c>.
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
    /// not exist, a pattern that matches no article, or a file named directly whose kind is
    /// unknown, is a usage error: a typo should stop the command before anything is written.
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
            else if (IsPattern(path))
            {
                files.AddRange(Glob(path));
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

    private static bool IsPattern(string path) => path.IndexOfAny(['*', '?']) >= 0;

    /// <summary>
    /// The article files a pattern matches, sorted by path. The pattern is split at its first
    /// segment with a wildcard: what comes before is the folder searched, the rest is matched
    /// (<c>**</c> crosses folders), and the files are named as the folder part says, so output
    /// paths look like the pattern the user typed.
    /// </summary>
    private static IEnumerable<string> Glob(string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/');
        int first = Array.FindIndex(segments, IsPattern);
        var root = first == 0 ? "." : string.Join('/', segments[..first]);
        if (root.Length == 0)
        {
            root = "/";
        }

        if (!Directory.Exists(root))
        {
            throw new CliException($"no such folder: {root} (in the pattern {pattern})");
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments[first..]));
        var matches = matcher.GetResultsInFullPath(root)
            .Select(full => first == 0 ? Path.GetRelativePath(".", full) : Path.Combine(root, Path.GetRelativePath(root, full)))
            .Where(IsArticleFile)
            .Order(StringComparer.Ordinal)
            .ToList();
        return matches.Count > 0 ? matches : throw new CliException($"no article file matches {pattern}");
    }

    private static bool IsArticleFile(string path) =>
        Extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static bool IsJsonLines(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".jsonl" or ".ndjson";
}
