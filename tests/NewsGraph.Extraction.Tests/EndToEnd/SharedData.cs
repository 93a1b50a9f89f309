namespace NewsGraph.Extraction.Tests.EndToEnd;

/// <summary>
/// Finds the read-only shared material (<c>shared/corpus/dev</c>, <c>shared/eval</c>) beside the
/// repository: <c>NEWSGRAPH_SHARED</c> names it, else the nearest <c>shared</c> folder above the
/// working or the test directory that holds both.
/// </summary>
internal static class SharedData
{
    public const string EnvironmentVariable = "NEWSGRAPH_SHARED";

    /// <summary>The shared folder, or null when there is none (a checkout without it).</summary>
    public static string? Root { get; } = Find();

    public static string DevCorpus => Path.Combine(Root!, "corpus", "dev");

    public static string Eval => Path.Combine(Root!, "eval");

    private static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return HasDevMaterial(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        // Test runners start in the build output folder, `dotnet test` keeps the caller's directory.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (HasDevMaterial(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool HasDevMaterial(string root) =>
        Directory.Exists(Path.Combine(root, "corpus", "dev")) && File.Exists(Path.Combine(root, "eval", "score.py"));
}

/// <summary>A test that needs the shared dev corpus and scorer; skipped, saying why, without them.</summary>
internal sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute()
    {
        if (SharedData.Root is null)
        {
            Skip = $"shared/corpus/dev and shared/eval/score.py not found ({SharedData.EnvironmentVariable} names the shared folder, else one above the repository is used)";
        }
    }
}
