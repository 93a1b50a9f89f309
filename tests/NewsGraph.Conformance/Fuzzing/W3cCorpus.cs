namespace NewsGraph.Conformance.Fuzzing;

/// <summary>One seed document for the mutator.</summary>
internal sealed record CorpusFile(string Name, string Text);

/// <summary>Finds the shared W3C test files and loads those of some suites and extensions as seeds.</summary>
internal static class W3cCorpus
{
    public const string EnvironmentVariable = "NEWSGRAPH_W3C";

    /// <summary>
    /// The <c>shared/w3c</c> directory: from <c>NEWSGRAPH_W3C</c>, else the nearest one above the
    /// working directory or the binaries (a test run starts deep inside bin/).
    /// </summary>
    public static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} is {fromEnvironment}, which is not a directory");
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "w3c");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"no shared/w3c above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}; set {EnvironmentVariable}");
    }

    /// <summary>
    /// Every file under the <paramref name="suites"/> folders (such as rdf11, or sparql10 and
    /// sparql11) with one of the <paramref name="extensions"/>: for RDF, the suites' own inputs plus
    /// the expected-result files of the other suites (.nt beside Turtle tests, .nq beside TriG tests).
    /// </summary>
    public static IReadOnlyList<CorpusFile> Load(string w3cDirectory, IReadOnlyList<string> suites, IReadOnlyList<string> extensions)
    {
        // Sorted so that a seed picks the same files on every machine.
        var files = suites
            .SelectMany(suite => Directory.EnumerateFiles(Path.Combine(w3cDirectory, suite), "*", SearchOption.AllDirectories))
            .Where(path => extensions.Any(extension => path.EndsWith(extension, StringComparison.Ordinal)))
            .Select(path => Path.GetRelativePath(w3cDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => new CorpusFile(name, File.ReadAllText(Path.Combine(w3cDirectory, name))))
            .ToList();
        return files.Count > 0
            ? files
            : throw new FileNotFoundException($"no {string.Join(" or ", extensions.Select(e => "*" + e))} files under {string.Join(", ", suites)} in {w3cDirectory}");
    }
}
