using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Conformance.Sparql;

/// <summary>What a query produced or should produce, held in memory so that it can be compared.</summary>
internal abstract record QueryOutput
{
    private const string ResultSetNamespace = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";

    /// <summary>Reads an engine result whole; the rows and triples stream, so this is where the query really runs.</summary>
    public static QueryOutput FromResult(QueryResult result) => result switch
    {
        SolutionsResult s => new SolutionsOutput(s.Variables, [.. s.Rows]),
        BooleanResult b => new BooleanOutput(b.Value),
        GraphResult g => new GraphOutput([.. g.Triples]),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "unknown kind of query result"),
    };

    /// <summary>
    /// Reads an expected-result file: a results document (.srx, .srj, .csv, .tsv), or RDF that is
    /// either a result set in the <c>rs:</c> vocabulary or, for CONSTRUCT and DESCRIBE, the graph itself.
    /// </summary>
    public static QueryOutput ReadExpected(string path)
    {
        if (ResultsFormats.TryFromPath(path, out var format))
        {
            using var text = RdfReader.OpenText(path);
            return FromParsed(SparqlResultsReader.Read(text, format));
        }

        var triples = TestData.Read(path).Select(q => q.Triple).ToList();
        // An empty result set is only "[] rdf:type rs:ResultSet", so the type counts as well as the properties.
        var isResultSet = triples.Exists(t => InResultSetVocabulary(t.Predicate) || (t.Predicate == Vocab.Rdf.Type && t.Obj is Iri type && InResultSetVocabulary(type)));
        return isResultSet ? FromParsed(SparqlResultsReader.FromResultSetGraph(triples)) : new GraphOutput(triples);
    }

    private static bool InResultSetVocabulary(Iri iri) => iri.Value.StartsWith(ResultSetNamespace, StringComparison.Ordinal);

    private static QueryOutput FromParsed(ParsedResults parsed) =>
        parsed.Boolean is { } value ? new BooleanOutput(value) : new SolutionsOutput(parsed.Variables, parsed.Rows);

    /// <summary>A short description for failure messages.</summary>
    public abstract string Summary { get; }
}

/// <summary>SELECT results: rows aligned with <see cref="Variables"/>, null where unbound.</summary>
internal sealed record SolutionsOutput(IReadOnlyList<string> Variables, IReadOnlyList<Term?[]> Rows) : QueryOutput
{
    public override string Summary => $"{Rows.Count} solutions of ({string.Join(" ", Variables.Select(v => "?" + v))})";
}

internal sealed record BooleanOutput(bool Value) : QueryOutput
{
    public override string Summary => Value ? "true" : "false";
}

internal sealed record GraphOutput(IReadOnlyList<Triple> Triples) : QueryOutput
{
    public override string Summary => $"a graph of {Triples.Count} triples";
}
