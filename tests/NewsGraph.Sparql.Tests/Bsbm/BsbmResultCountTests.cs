using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Store.Memory;

namespace NewsGraph.Sparql.Tests.Bsbm;

/// <summary>Loads the BSBM 1M dataset once for the tests that query it.</summary>
public sealed class BsbmStore
{
    public BsbmStore()
    {
        Folder = FindBench();
        using var reader = RdfReader.Create(RdfReader.OpenText(Path.Combine(Folder, "bsbm-1m.nt.gz")), RdfFormat.NTriples);
        Store.Load(reader.ReadAll());
    }

    public MemoryQuadStore Store { get; } = new();

    public string Folder { get; }

    private static string FindBench()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "bench");
            if (File.Exists(Path.Combine(candidate, "bsbm-1m.nt.gz")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/bench/bsbm-1m.nt.gz not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>
/// A correctness check at scale: every BSBM query returns as many results as Oxigraph and Jena do
/// on the same data (their counts, measured in ../shared/peers/baseline.md).
/// </summary>
public sealed class BsbmResultCountTests(BsbmStore bsbm) : IClassFixture<BsbmStore>
{
    [Theory]
    [InlineData("bi-q01", 10)]
    [InlineData("bi-q02", 10)]
    [InlineData("bi-q03", 10)]
    [InlineData("bi-q04", 10)]
    [InlineData("bi-q05", 14)]
    [InlineData("bi-q06", 26)]
    [InlineData("bi-q07", 0)]
    [InlineData("bi-q08", 10)]
    [InlineData("explore-q01", 1)]
    [InlineData("explore-q02", 22)]
    [InlineData("explore-q03", 1)]
    [InlineData("explore-q04", 0)]
    [InlineData("explore-q05", 5)]
    [InlineData("explore-q06", 17)]
    [InlineData("explore-q07", 14)]
    [InlineData("explore-q08", 0)]
    [InlineData("explore-q09", 6)]
    [InlineData("explore-q10", 1)]
    [InlineData("explore-q11", 10)]
    [InlineData("explore-q12", 8)]
    public void CountMatchesOxigraphAndJena(string name, int expected)
    {
        var text = File.ReadAllText(Path.Combine(bsbm.Folder, "bsbm-1m-queries", name + ".rq"));
        var result = SparqlEngine.Query(bsbm.Store, text, new SparqlQueryOptions { Timeout = TimeSpan.FromSeconds(60) });
        var count = result switch
        {
            SolutionsResult s => s.Rows.Count(),
            GraphResult g => g.Triples.Count(),
            BooleanResult b => b.Value ? 1 : 0,
            _ => -1,
        };
        Assert.Equal(expected, count);
    }
}
