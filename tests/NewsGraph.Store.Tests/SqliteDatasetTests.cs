using NewsGraph.Rdf;
using NewsGraph.Store.Durable;

namespace NewsGraph.Store.Tests;

public sealed class SqliteDatasetTests : IDisposable
{
    private static readonly Iri P = new("http://example.org/p");
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private static Quad Numbered(int i) => new(new Iri($"http://example.org/s{i}"), P, Literal.Simple("v" + i), new Iri("http://example.org/g"));

    private static void Add(IDataset dataset, params int[] numbers)
    {
        using var write = dataset.BeginWrite();
        foreach (var i in numbers)
        {
            write.Store.Add(Numbered(i));
        }

        write.Commit();
    }

    [Fact]
    public void A_commit_is_there_after_reopening()
    {
        using (var dataset = SqliteDataset.Open(_directory.Path))
        {
            Add(dataset, 1, 2);
        }

        using var reopened = SqliteDataset.Open(_directory.Path, readOnly: true);
        using var read = reopened.BeginRead();
        Assert.Equal(2, read.Store.Count);
        var s = read.Store.Lookup(Numbered(2).Subject);
        Assert.Equal(Numbered(2).Obj, read.Store.Decode(read.Store.Match(s, 0, 0, 0).Single().O));
    }

    [Fact]
    public void Disposing_without_commit_rolls_back_and_the_rolled_back_ids_are_not_remembered()
    {
        using var dataset = SqliteDataset.Open(_directory.Path);
        using (var write = dataset.BeginWrite())
        {
            write.Store.Add(Numbered(1));
        }

        Add(dataset, 2);
        using var read = dataset.BeginRead();
        Assert.Equal(1, read.Store.Count);
        Assert.Equal(TermIds.None, read.Store.Lookup(Numbered(1).Subject));
        var only = read.Store.Match(0, 0, 0, 0).Single();
        Assert.Equal(Numbered(2).Subject, read.Store.Decode(only.S));
        Assert.Equal(Numbered(2).Obj, read.Store.Decode(only.O));
    }

    [Fact]
    public void A_reader_sees_neither_an_uncommitted_write_nor_a_later_commit()
    {
        using var dataset = SqliteDataset.Open(_directory.Path);
        Add(dataset, 1);
        using var before = dataset.BeginRead();
        using (var write = dataset.BeginWrite())
        {
            write.Store.Add(Numbered(2));
            using var during = dataset.BeginRead();
            Assert.Equal(1, during.Store.Count);
            Assert.Single(during.Store.Match(0, 0, 0, 0));
            write.Commit();
        }

        Assert.Equal(1, before.Store.Count);
        Assert.Single(before.Store.Match(0, 0, 0, 0));
        Assert.Equal(1, before.Store.CountMatches(0, 0, 0, 0));
        using var after = dataset.BeginRead();
        Assert.Equal(2, after.Store.Match(0, 0, 0, 0).Count());
    }

    [Fact]
    public void Another_process_sees_a_commit_and_a_read_only_store_refuses_writes()
    {
        using var writer = SqliteDataset.Open(_directory.Path);
        using var other = SqliteDataset.Open(_directory.Path, readOnly: true);
        Add(writer, 1);
        using (var read = other.BeginRead())
        {
            Assert.Equal(1, read.Store.Count);
        }

        Assert.Throws<InvalidOperationException>(() => other.BeginWrite());
    }

    [Fact]
    public void Opening_a_missing_store_read_only_is_a_clear_error()
    {
        var e = Assert.Throws<FileNotFoundException>(() => SqliteDataset.Open(_directory.Path, readOnly: true));
        Assert.Contains("no NewsGraph store", e.Message);
        Assert.False(Directory.Exists(_directory.Path));
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_rejected()
    {
        Directory.CreateDirectory(_directory.Path);
        File.WriteAllText(Path.Combine(_directory.Path, "newsgraph.db"), "not a database at all, just some text that is long enough");
        var e = Assert.Throws<IOException>(() => SqliteDataset.Open(_directory.Path).Dispose());
        Assert.Contains("newsgraph.db: cannot open the store", e.Message);
    }

    [Fact]
    public async Task Concurrent_readers_always_see_whole_transactions_while_a_writer_commits()
    {
        using var dataset = SqliteDataset.Open(_directory.Path, readOnly: false, termCacheSize: 64);
        const int Batches = 30;
        const int PerBatch = 10;
        var writer = Task.Run(() =>
        {
            for (var b = 0; b < Batches; b++)
            {
                Add(dataset, Enumerable.Range(b * PerBatch, PerBatch).ToArray());
            }
        });
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var seen = 0L;
            while (seen < Batches * PerBatch)
            {
                using var read = dataset.BeginRead();
                var quads = read.Store.Match(0, 0, 0, 0).ToList();
                Assert.Equal(0, quads.Count % PerBatch);
                Assert.Equal(read.Store.Count, quads.Count);
                Assert.True(quads.Count >= seen);
                foreach (var q in quads)
                {
                    Assert.StartsWith("http://example.org/s", ((Iri)read.Store.Decode(q.S)).Value);
                }

                seen = quads.Count;
            }
        })).ToList();
        await Task.WhenAll(readers.Append(writer)).WaitAsync(TimeSpan.FromSeconds(60));
    }
}
