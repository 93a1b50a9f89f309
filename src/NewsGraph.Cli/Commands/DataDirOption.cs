using System.CommandLine;
using NewsGraph.Ingest;

namespace NewsGraph.Cli.Commands;

/// <summary>The --data-dir option the store-backed commands share.</summary>
internal static class DataDirOption
{
    public static Option<string?> Create(string use) => new("--data-dir")
    {
        Description = $"The NewsGraph data directory (a durable store made by 'ingest'; default for ingest: ./{DataDirectory.DefaultPath}). {use}",
        HelpName = "DIR",
    };

    public static Option<string> CreateRequired(string use) => new("--data-dir")
    {
        Description = $"The NewsGraph data directory (default: ./{DataDirectory.DefaultPath}). {use}",
        HelpName = "DIR",
        DefaultValueFactory = _ => DataDirectory.DefaultPath,
    };
}
