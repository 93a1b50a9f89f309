namespace NewsGraph.Conformance;

/// <summary>Finds the read-only copy of the W3C test suites (the <c>shared/w3c</c> folder beside the repository).</summary>
public static class W3cData
{
    public const string EnvironmentVariable = "NEWSGRAPH_W3C";

    /// <summary>The suites' root folder; throws with the places searched if it is not found.</summary>
    public static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment)
                ? Path.GetFullPath(fromEnvironment)
                : throw new DirectoryNotFoundException($"{EnvironmentVariable} names {fromEnvironment}, which does not exist");
        }

        // Both starting points matter: `dotnet run` keeps the caller's directory, while test runners
        // start in the build output folder.
        string[] starts = [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts)
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

        throw new DirectoryNotFoundException(
            $"no shared/w3c folder above {string.Join(" or ", starts)}; set {EnvironmentVariable} to the W3C test suites folder");
    }
}
