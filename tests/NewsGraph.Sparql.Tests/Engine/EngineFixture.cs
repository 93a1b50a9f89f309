using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Store.Memory;

namespace NewsGraph.Sparql.Tests.Engine;

/// <summary>A small news-like graph the engine tests query: visits, meetings and statements.</summary>
internal static class EngineFixture
{
    public const string Prefixes = "PREFIX : <http://example.org/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> ";

    public static MemoryQuadStore NewStore(string? turtle = null)
    {
        var store = new MemoryQuadStore();
        store.Load(RdfReader.Load(new StringReader(turtle ?? """
            @prefix : <http://example.org/> .
            @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
            :v1 a :Visit ; :visitor :lukashenko ; :host :china ; :date "2023-03-01"^^xsd:date ; :days 3 .
            :v2 a :Visit ; :visitor :lukashenko ; :host :russia ; :date "2024-01-29"^^xsd:date ; :days 1 .
            :v3 a :Visit ; :visitor :xi ; :host :russia ; :date "2023-03-20"^^xsd:date ; :days 3 .
            :lukashenko :name "Alexander Lukashenko"@en , "ألكسندر لوكاشينكو"@ar ; :leads :belarus .
            :xi :name "Xi Jinping"@en ; :leads :china .
            :belarus :partOf :cis . :cis :partOf :world .
            """), RdfFormat.Turtle));
        return store;
    }

    public static List<Term?[]> Rows(MemoryQuadStore store, string query, SparqlQueryOptions? options = null) =>
        ((SolutionsResult)SparqlEngine.Query(store, Prefixes + query, options)).Rows.ToList();

    public static List<string> Column(MemoryQuadStore store, string query) =>
        Rows(store, query).Select(r => r[0] switch
        {
            Iri i => i.Value.Replace("http://example.org/", ":", StringComparison.Ordinal),
            Literal l => l.Lexical,
            null => "UNBOUND",
            var t => t.ToString(),
        }).ToList();
}
