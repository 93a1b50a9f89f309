using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NewsGraph.Remote;

/// <summary>How far one remote graph got: its content when it was sent and how many of its triples the endpoint acknowledged.</summary>
internal sealed record GraphProgress(string Graph, string Hash, long Count, long Sent)
{
    public bool Matches(GraphContent content) => Hash == content.Hash && Count == content.Count;
}

/// <summary>
/// The record of what one endpoint has acknowledged, kept as JSON lines, one per acknowledged
/// request, appended and flushed at once: a push stopped at any point (failure, Ctrl-C, kill)
/// loses at most the request in flight, and the last line for a graph is its state. A torn last
/// line is ignored. The file is rewritten compactly when it is opened.
/// </summary>
internal sealed class PushCheckpoint : IDisposable
{
    private readonly Dictionary<string, GraphProgress> _graphs = new(StringComparer.Ordinal);
    private readonly StreamWriter _log;

    private PushCheckpoint(string path, bool restart)
    {
        if (!restart && File.Exists(path))
        {
            Load(path);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var compact = new StreamWriter(temp, append: false, new UTF8Encoding(false)))
        {
            foreach (var g in _graphs.Values)
            {
                compact.Write(JsonSerializer.Serialize(g) + "\n");
            }
        }

        File.Move(temp, path, overwrite: true);
        _log = new StreamWriter(new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read), new UTF8Encoding(false));
    }

    /// <summary>The checkpoint file for an endpoint: <c>DIR/push-state/&lt;hash of the URL&gt;.jsonl</c>.</summary>
    public static string PathFor(string dataDirectory, Uri endpoint)
    {
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StoreClient.Redacted(endpoint))))[..16];
        return Path.Combine(dataDirectory, "push-state", key + ".jsonl");
    }

    public static PushCheckpoint Open(string path, bool restart) => new(path, restart);

    public GraphProgress? Get(string graph) => _graphs.GetValueOrDefault(graph);

    public void Record(GraphProgress progress)
    {
        _graphs[progress.Graph] = progress;
        _log.Write(JsonSerializer.Serialize(progress) + "\n");
        _log.Flush();
    }

    public void Dispose() => _log.Dispose();

    private void Load(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            GraphProgress? g;
            try
            {
                g = JsonSerializer.Deserialize<GraphProgress>(line);
            }
            catch (JsonException)
            {
                // The line being written when the process died; what it would have said is not acknowledged.
                continue;
            }

            if (g is { Graph: not null, Hash: not null })
            {
                _graphs[g.Graph] = g;
            }
        }
    }
}
