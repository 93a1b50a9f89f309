using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation;
using NewsGraph.Sparql.Syntax;
using NewsGraph.Store;

namespace NewsGraph.Sparql;

/// <summary>The SPARQL 1.1 engine: parse, plan and run queries and updates against a quad store.</summary>
public static class SparqlEngine
{
    /// <summary>Parses and translates a query; throws <see cref="SparqlSyntaxException"/> if it is not valid SPARQL.</summary>
    public static Query ParseQuery(string text, string? baseIri = null) => SparqlParser.ParseQuery(text, baseIri);

    /// <summary>Parses an update request; throws <see cref="SparqlSyntaxException"/> if it is not valid SPARQL Update.</summary>
    public static IReadOnlyList<UpdateOperation> ParseUpdate(string text, string? baseIri = null) => SparqlParser.ParseUpdate(text, baseIri);

    public static QueryResult Execute(IQuadStore store, Query query, SparqlQueryOptions? options = null) =>
        QueryExecutor.Execute(store, query, options ?? new SparqlQueryOptions());

    public static QueryResult Query(IQuadStore store, string text, SparqlQueryOptions? options = null)
    {
        options ??= new SparqlQueryOptions();
        return Execute(store, ParseQuery(text, options.BaseIri), options);
    }

    /// <summary>The optimised plan of a query, as indented text.</summary>
    public static string Explain(IQuadStore store, Query query, SparqlQueryOptions? options = null) =>
        QueryExecutor.Explain(store, query, options ?? new SparqlQueryOptions());

    public static void Update(IQuadStore store, string text, SparqlUpdateOptions? options = null)
    {
        options ??= new SparqlUpdateOptions();
        Update(store, ParseUpdate(text, options.BaseIri), options);
    }

    public static void Update(IQuadStore store, IReadOnlyList<UpdateOperation> operations, SparqlUpdateOptions? options = null) =>
        NewsGraph.Sparql.Update.UpdateExecutor.Run(store, operations, options ?? new SparqlUpdateOptions());
}
