using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>One seed document for the mutator.</summary>
internal sealed record CorpusFile(string Name, string Text);

/// <summary>Finds the shared W3C test files and loads the RDF 1.1 inputs of one format as seeds.</summary>
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
    /// Every RDF 1.1 suite file with the format's extension: the suites' own inputs, plus the
    /// expected-result files of the other suites (.nt beside Turtle tests, .nq beside TriG tests).
    /// </summary>
    public static IReadOnlyList<CorpusFile> Load(string w3cDirectory, RdfFormat format)
    {
        var root = Path.Combine(w3cDirectory, "rdf11");
        var extension = format.Extension();

        // Sorted so that a seed picks the same files on every machine.
        var files = Directory.EnumerateFiles(root, "*" + extension, SearchOption.AllDirectories)
            .Where(path => path.EndsWith(extension, StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(w3cDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(name => new CorpusFile(name, File.ReadAllText(Path.Combine(w3cDirectory, name))))
            .ToList();
        return files.Count > 0 ? files : throw new FileNotFoundException($"no *{extension} files under {root}");
    }
}
