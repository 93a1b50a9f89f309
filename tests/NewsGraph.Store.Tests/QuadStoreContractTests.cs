using NewsGraph.Rdf;
using NewsGraph.Store.Durable;
using NewsGraph.Store.Memory;

namespace NewsGraph.Store.Tests;

/// <summary>The <see cref="IQuadStore"/> contract, run against every store through <see cref="IDataset"/>.</summary>
public abstract class QuadStoreContractTests : IDisposable
{
    private static readonly Iri S1 = new("http://example.org/s1");
    private static readonly Iri S2 = new("http://example.org/s2");
    private static readonly Iri P = new("http://example.org/p");
    private static readonly Iri Q = new("http://example.org/q");
    private static readonly Iri G1 = new("http://example.org/g1");
    private static readonly Iri G2 = new("http://example.org/g2");
    private static readonly Term[] Objects =
    [
        Literal.Simple("plain"), Literal.LangString("שלום עולם", "he"), Literal.Typed("42", new Iri("http://www.w3.org/2001/XMLSchema#integer")),
        new BlankNode("b1"), new Iri("http://example.org/o"), Literal.Simple(string.Empty), Literal.Typed("a b", new Iri("http://example.org/dt")),
    ];

    protected abstract IDataset Dataset { get; }

    public virtual void Dispose() => Dataset.Dispose();

    [Fact]
    public void Every_kind_of_term_comes_back_as_it_went_in()
    {
        Write(store =>
        {
            foreach (var o in Objects)
            {
                Assert.True(store.Add(new Quad(S1, P, o, G1)));
            }
        });
        Read(store =>
        {
            var p = store.Lookup(P);
            var found = store.Match(0, p, 0, 0).Select(q => store.Decode(q.O)).ToHashSet();
            Assert.Equal(Objects.ToHashSet(), found);
            Assert.Equal(Objects.Length, store.Count);
        });
    }

    [Fact]
    public void Every_pattern_shape_finds_exactly_the_matching_quads()
    {
        var quads = new List<Quad>();
        foreach (var s in new[] { S1, S2 })
        {
            foreach (var p in new[] { P, Q })
            {
                foreach (var g in new Iri?[] { null, G1, G2 })
                {
                    quads.Add(new Quad(s, p, Objects[quads.Count % 3], g));
                }
            }
        }

        Write(store => quads.ForEach(q => store.Add(q)));
        Read(store =>
        {
            var all = store.Match(0, 0, 0, 0).ToList();
            Assert.Equal(quads.Count, all.Count);
            foreach (var probe in all)
            {
                for (var mask = 0; mask < 16; mask++)
                {
                    var s = (mask & 1) != 0 ? probe.S : 0;
                    var p = (mask & 2) != 0 ? probe.P : 0;
                    var o = (mask & 4) != 0 ? probe.O : 0;
                    var g = (mask & 8) != 0 ? probe.G : 0;
                    var expected = all.Where(q => (s == 0 || q.S == s) && (p == 0 || q.P == p) && (o == 0 || q.O == o) && (g == 0 || q.G == g)).ToHashSet();
                    Assert.Equal(expected, store.Match(s, p, o, g).ToHashSet());
                    Assert.Equal(expected.Count, store.CountMatches(s, p, o, g));
                    var named = expected.Where(q => q.G != TermIds.DefaultGraph).ToHashSet();
                    if (g == 0)
                    {
                        Assert.Equal(named, store.Match(s, p, o, TermIds.AnyNamedGraph).ToHashSet());
                        Assert.Equal(named.Count, store.CountMatches(s, p, o, TermIds.AnyNamedGraph));
                    }
                }
            }
        });
    }

    [Fact]
    public void Adding_twice_and_removing_what_is_absent_report_false()
    {
        var quad = new Quad(S1, P, Objects[0], null);
        Write(store =>
        {
            Assert.True(store.Add(quad));
            Assert.False(store.Add(quad));
            Assert.False(store.Remove(quad with { Obj = Literal.Simple("never seen") }));
            Assert.True(store.Remove(quad));
            Assert.False(store.Remove(quad));
            Assert.Equal(0, store.Count);
        });
    }

    [Fact]
    public void Named_graphs_are_created_dropped_and_listed()
    {
        Write(store =>
        {
            Assert.True(store.CreateGraph(G1));
            Assert.False(store.CreateGraph(G1));
            store.Add(new Quad(S1, P, Objects[0], G2));
            store.Add(new Quad(S1, P, Objects[0], null));
        });
        Read(store => Assert.Equal(new Term[] { G1, G2 }.ToHashSet(), store.NamedGraphs().Select(store.Decode).ToHashSet()));
        Write(store =>
        {
            Assert.True(store.DropGraph(G2));
            Assert.False(store.DropGraph(G2));
            Assert.False(store.DropGraph(new Iri("http://example.org/unknown")));
        });
        Read(store =>
        {
            Assert.Equal([store.Lookup(G1)], store.NamedGraphs());
            Assert.Equal(1, store.Count);
            Assert.Single(store.Match(0, 0, 0, TermIds.DefaultGraph));
        });
    }

    [Fact]
    public void A_bulk_add_counts_only_new_quads_and_its_terms_and_graphs_are_found_after_commit()
    {
        // More rows than one multi-row statement holds, repeats inside the batch, and quads stored before.
        static Quad Numbered(int i) => new(new Iri($"http://example.org/item{i % 700}"), P, Literal.Simple($"value {i}"), i % 3 == 0 ? null : i % 3 == 1 ? G1 : G2);
        var before = Enumerable.Range(0, 50).Select(Numbered).ToList();
        var batch = Enumerable.Range(0, 1000).Select(Numbered).Concat(Enumerable.Range(0, 1000).Select(Numbered)).ToList();
        Write(store =>
        {
            store.Add(before[0]);
            Assert.Equal(49, store.AddRange(before.Skip(1)));
        });
        Write(store =>
        {
            Assert.Equal(950, store.AddRange(batch));
            Assert.Equal(1000, store.Count);
        });
        Read(store =>
        {
            Assert.Equal(1000, store.Count);
            Assert.Equal(new Term[] { G1, G2 }.ToHashSet(), store.NamedGraphs().Select(store.Decode).ToHashSet());
            var stored = store.Match(0, 0, 0, 0).Select(q => new Quad(store.Decode(q.S), (Iri)store.Decode(q.P), store.Decode(q.O), q.G == TermIds.DefaultGraph ? null : store.Decode(q.G))).ToHashSet();
            Assert.Equal(batch.ToHashSet(), stored);
        });
    }

    [Fact]
    public void A_term_never_stored_has_no_id()
    {
        Read(store => Assert.Equal(TermIds.None, store.Lookup(new Iri("http://example.org/nothing"))));
    }

    [Fact]
    public void Nested_matches_of_the_same_shape_do_not_disturb_each_other()
    {
        Write(store =>
        {
            store.Add(new Quad(S1, P, S2, null));
            store.Add(new Quad(S2, P, S1, null));
        });
        Read(store =>
        {
            var p = store.Lookup(P);
            var pairs = store.Match(0, p, 0, 0).SelectMany(a => store.Match(0, p, 0, 0).Select(b => (a, b))).Count();
            Assert.Equal(4, pairs);
        });
    }

    private void Write(Action<IQuadStore> body)
    {
        using var write = Dataset.BeginWrite();
        body(write.Store);
        write.Commit();
    }

    private void Read(Action<IQuadStore> body)
    {
        using var read = Dataset.BeginRead();
        body(read.Store);
    }
}

public sealed class MemoryQuadStoreContractTests : QuadStoreContractTests
{
    protected override IDataset Dataset { get; } = new MemoryDataset();
}

public sealed class SqliteQuadStoreContractTests : QuadStoreContractTests
{
    private readonly TempDirectory _directory = new();
    private readonly SqliteDataset _dataset;

    public SqliteQuadStoreContractTests() => _dataset = SqliteDataset.Open(_directory.Path);

    protected override IDataset Dataset => _dataset;

    public override void Dispose()
    {
        base.Dispose();
        _directory.Dispose();
    }
}
