using NewsGraph.Rdf;
using NewsGraph.Store.Memory;

namespace NewsGraph.Store.Tests;

public class MemoryDatasetTests
{
    private static readonly Quad Sample = new(new Iri("http://example.org/s"), new Iri("http://example.org/p"), Literal.Simple("o"), new Iri("http://example.org/g"));

    [Fact]
    public void A_committed_write_is_seen_by_a_later_read()
    {
        using var dataset = new MemoryDataset();
        using (var write = dataset.BeginWrite())
        {
            Assert.True(write.Store.Add(Sample));
            write.Commit();
        }

        using var read = dataset.BeginRead();
        Assert.Equal(1, read.Store.Count);
    }

    [Fact]
    public async Task Many_readers_share_the_dataset_while_a_writer_waits()
    {
        using var dataset = new MemoryDataset();
        using var first = dataset.BeginRead();
        using var second = dataset.BeginRead();
        var writer = Task.Run(() =>
        {
            using var write = dataset.BeginWrite();
            write.Store.Add(Sample);
            write.Commit();
        });

        await Task.Delay(200);
        Assert.False(writer.IsCompleted);
        Assert.Equal(0, second.Store.Count);

        // Released from whatever thread the continuation runs on, as an async request handler would.
        first.Dispose();
        second.Dispose();
        await writer.WaitAsync(TimeSpan.FromSeconds(10));
        using var read = dataset.BeginRead();
        Assert.Equal(1, read.Store.Count);
    }

    [Fact]
    public void Disposing_an_uncommitted_write_is_reported_because_memory_cannot_roll_back()
    {
        using var dataset = new MemoryDataset();
        var write = dataset.BeginWrite();
        Assert.Throws<InvalidOperationException>(write.Dispose);
        using var read = dataset.BeginRead();
    }
}
