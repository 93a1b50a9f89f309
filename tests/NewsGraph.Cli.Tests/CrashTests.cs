using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace NewsGraph.Cli.Tests;

/// <summary>
/// Kills <c>newsgraph ingest --data-dir</c> with SIGKILL at random points and checks after each kill
/// that every article the child reported committed is stored with its hash, that the database is
/// intact, and that every stored article graph is whole (as large as in a run that was not killed).
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 20;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [DevCorpusFact]
    public void Committed_articles_survive_sigkill_and_the_store_stays_consistent()
    {
        // The dev corpus twice, under different ids, so the runs have enough to do.
        var articles = Directory.CreateDirectory(_folder.File("articles")).FullName;
        foreach (var file in Directory.GetFiles(DevCorpus.Path!, "*.txt"))
        {
            for (var copy = 0; copy < 2; copy++)
            {
                File.Copy(file, Path.Combine(articles, $"c{copy}_{Path.GetFileName(file)}"));
            }
        }

        var reference = _folder.File("reference");
        Assert.Equal(0, CliRunner.Run(null, "ingest", articles, "--data-dir", reference).ExitCode);
        var expected = GraphSizes(reference);

        var store = _folder.File("store");
        var random = new Random(5);
        var committed = new Dictionary<string, string>();
        for (var kill = 0; kill < Kills; kill++)
        {
            var (lines, killed) = RunAndKill(articles, store, random.Next(1, 4), random.Next(0, 30));
            foreach (var line in lines)
            {
                var parts = line.Split('\t');
                committed[parts[1]] = parts[3];
            }

            Assert.True(killed || kill > 0, "the first run must be killed before it finishes");
            CheckConsistent(store, committed, expected);
        }

        var final = CliRunner.Run(null, "ingest", articles, "--data-dir", store);
        Assert.Equal(0, final.ExitCode);
        Assert.Equal(expected, GraphSizes(store));
    }

    /// <summary>Starts an ingest, waits for a few newly added articles (and a few more milliseconds), then kills it.</summary>
    private static (List<string> Lines, bool Killed) RunAndKill(string articles, string store, int addedBeforeKill, int extraMilliseconds)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"), "ingest", articles, "--data-dir", store, "--log-committed" })
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi)!;
        _ = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        var added = 0;
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
            if (line.Contains("\tadded\t", StringComparison.Ordinal) && ++added == addedBeforeKill)
            {
                Thread.Sleep(extraMilliseconds);
                break;
            }
        }

        var killed = !process.HasExited;
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        // Lines flushed before the kill landed are reported too: the child wrote them only after committing.
        while (process.StandardOutput.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return (lines, killed);
    }

    private static void CheckConsistent(string store, Dictionary<string, string> committed, Dictionary<string, long> expected)
    {
        using var db = Open(store);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM quads q WHERE NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.s) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.p) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.o) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.g)"));
        Assert.Equal(Scalar(db, "SELECT count(*) FROM quads"), Scalar(db, "SELECT value FROM meta WHERE key = 'quads'"));
        foreach (var (id, hash) in committed)
        {
            Assert.Equal(1L, Scalar(db, $"SELECT count(*) FROM quads q JOIN terms s ON s.id = q.s JOIN terms p ON p.id = q.p JOIN terms o ON o.id = q.o WHERE s.key = '<https://w3id.org/newsgraph/id/article/{id}' AND p.key = '<https://w3id.org/newsgraph/ontology#contentHash' AND o.key = '\"{hash}'"));
        }

        foreach (var (graph, size) in GraphSizes(db))
        {
            Assert.Equal(expected[graph], size);
        }
    }

    private static Dictionary<string, long> GraphSizes(string store)
    {
        using var db = Open(store);
        return GraphSizes(db);
    }

    private static Dictionary<string, long> GraphSizes(SqliteConnection db)
    {
        using var command = db.CreateCommand();
        command.CommandText = "SELECT t.key, count(*) FROM quads q JOIN terms t ON t.id = q.g GROUP BY q.g";
        using var reader = command.ExecuteReader();
        var sizes = new Dictionary<string, long>();
        while (reader.Read())
        {
            sizes[reader.GetString(0)] = reader.GetInt64(1);
        }

        return sizes;
    }

    private static SqliteConnection Open(string store)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(store, "newsgraph.db"), Pooling = false }.ToString());
        db.Open();
        return db;
    }

    private static object? Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}

/// <summary>The shared dev corpus: NEWSGRAPH_SHARED, else the nearest shared/corpus/dev above the test folder.</summary>
internal static class DevCorpus
{
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var root = Environment.GetEnvironmentVariable("NEWSGRAPH_SHARED");
        if (!string.IsNullOrEmpty(root))
        {
            return Directory.Exists(System.IO.Path.Combine(root, "corpus", "dev")) ? System.IO.Path.Combine(root, "corpus", "dev") : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared", "corpus", "dev");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A test that needs the shared dev corpus; skipped, saying why, without it.</summary>
internal sealed class DevCorpusFactAttribute : FactAttribute
{
    public DevCorpusFactAttribute()
    {
        if (DevCorpus.Path is null)
        {
            Skip = "shared/corpus/dev not found (NEWSGRAPH_SHARED names the shared folder)";
        }
    }
}
