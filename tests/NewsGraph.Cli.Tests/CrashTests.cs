using System.Diagnostics;
using Microsoft.Data.Sqlite;
using NewsGraph.Extraction.Tests.EndToEnd;

namespace NewsGraph.Cli.Tests;

/// <summary>
/// Kills <c>newsgraph ingest --data-dir</c> with SIGKILL at random points and checks after each kill
/// that every article the child reported committed is stored with its hash, that the database is
/// intact, and that every stored article graph is whole (as large as in a run that was not killed).
/// Each child is given only the articles not yet committed, so it spends its time on new work
/// (and is killed in the middle of it) rather than re-extracting what an earlier child stored.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private const int Kills = 20;
    private const string FirstCopy = "c0_";
    private const string SecondCopy = "c1_";
    private const string ArticlePrefix = "<https://w3id.org/newsgraph/id/article/";
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [DevCorpusFact]
    public void Committed_articles_survive_sigkill_and_the_store_stays_consistent()
    {
        // The dev corpus twice, under different ids, so that 20 kills each after one or two new articles find work left.
        var articles = Directory.CreateDirectory(_folder.File("articles")).FullName;
        var reference = Directory.CreateDirectory(_folder.File("reference-articles")).FullName;
        foreach (var file in Directory.GetFiles(SharedData.DevCorpus, "*.txt"))
        {
            File.Copy(file, Path.Combine(reference, FirstCopy + Path.GetFileName(file)));
            File.Copy(file, Path.Combine(articles, FirstCopy + Path.GetFileName(file)));
            File.Copy(file, Path.Combine(articles, SecondCopy + Path.GetFileName(file)));
        }

        // A copy's graph is as large as the first copy's: only the article id differs.
        var referenceStore = _folder.File("reference");
        Assert.Equal(0, CliRunner.Run(null, "ingest", reference, "--data-dir", referenceStore).ExitCode);
        var expected = GraphSizes(referenceStore);
        long Expected(string graph) => expected[graph.Replace(SecondCopy, FirstCopy, StringComparison.Ordinal)];

        var store = _folder.File("store");
        var random = new Random(5);
        var committed = new Dictionary<string, string>();
        var kills = 0;
        for (var run = 0; kills < Kills && run < 2 * Kills; run++)
        {
            var left = Left(articles, committed);
            var (lines, killed) = RunAndKill(left, store, random.Next(1, 3), random.Next(0, 30));
            foreach (var parts in lines.Select(line => line.Split('\t')).Where(parts => parts is ["committed", _, _, _]))
            {
                committed[parts[1]] = parts[3];
            }

            kills += killed ? 1 : 0;
            CheckConsistent(store, committed, Expected);
        }

        Assert.Equal(Kills, kills);
        if (Left(articles, committed) is { Count: > 0 } rest)
        {
            Assert.Equal(0, CliRunner.Run(null, ["ingest", .. rest, "--data-dir", store]).ExitCode);
        }

        var final = GraphSizes(store);
        Assert.Equal(expected.Count + Directory.GetFiles(reference).Length, final.Count);
        Assert.All(final, pair => Assert.Equal(Expected(pair.Key), pair.Value));
    }

    private static List<string> Left(string articles, Dictionary<string, string> committed) =>
        Directory.GetFiles(articles).Where(f => !committed.ContainsKey(Path.GetFileNameWithoutExtension(f))).Order(StringComparer.Ordinal).ToList();

    /// <summary>Starts an ingest, waits for a few newly added articles (and a few more milliseconds), then kills it.</summary>
    private static (List<string> Lines, bool Killed) RunAndKill(List<string> articles, string store, int addedBeforeKill, int extraMilliseconds)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])[Path.Combine(AppContext.BaseDirectory, "newsgraph.dll"), "ingest", .. articles, "--data-dir", store, "--log-committed"])
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

    private static void CheckConsistent(string store, Dictionary<string, string> committed, Func<string, long> expected)
    {
        using var db = Open(store);
        Assert.Equal("ok", Scalar(db, "PRAGMA integrity_check"));
        Assert.Equal(0L, Scalar(db, "SELECT count(*) FROM quads q WHERE NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.s) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.p) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.o) OR NOT EXISTS (SELECT 1 FROM terms t WHERE t.id = q.g)"));
        Assert.Equal(Scalar(db, "SELECT count(*) FROM quads"), Scalar(db, "SELECT value FROM meta WHERE key = 'quads'"));
        var stored = StoredHashes(db);
        foreach (var (id, hash) in committed)
        {
            Assert.Equal('"' + hash, stored.GetValueOrDefault(ArticlePrefix + id) as string);
        }

        foreach (var (graph, size) in GraphSizes(db))
        {
            Assert.Equal(expected(graph), size);
        }
    }

    /// <summary>Each stored article's ng:contentHash, by the article's term key, in one pass over the terms.</summary>
    private static Dictionary<string, object> StoredHashes(SqliteConnection db) =>
        KeyedRows(db, "SELECT s.key, o.key FROM quads q JOIN terms s ON s.id = q.s JOIN terms o ON o.id = q.o WHERE q.p = (SELECT id FROM terms WHERE key = '<https://w3id.org/newsgraph/ontology#contentHash')");

    private static Dictionary<string, long> GraphSizes(string store)
    {
        using var db = Open(store);
        return GraphSizes(db);
    }

    private static Dictionary<string, long> GraphSizes(SqliteConnection db) =>
        KeyedRows(db, "SELECT t.key, count(*) FROM quads q JOIN terms t ON t.id = q.g GROUP BY q.g").ToDictionary(pair => pair.Key, pair => (long)pair.Value);

    /// <summary>A two-column query's rows as a dictionary from the first column to the second.</summary>
    private static Dictionary<string, object> KeyedRows(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new Dictionary<string, object>();
        while (reader.Read())
        {
            rows[reader.GetString(0)] = reader.GetValue(1);
        }

        return rows;
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
