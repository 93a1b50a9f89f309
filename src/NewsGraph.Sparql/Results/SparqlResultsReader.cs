namespace NewsGraph.Sparql.Results;

/// <summary>
/// Reads SELECT and ASK results, whole, from any of the SPARQL 1.1 results formats or from a
/// result set graph. Malformed input throws <see cref="FormatException"/>; RDF 1.2 triple terms
/// and literals with a base direction, which the RDF core cannot represent, throw
/// <see cref="NotSupportedException"/>. Blank node labels keep their document scope: the same
/// label twice in one document is the same node.
/// </summary>
/// <remarks>
/// CSV keeps no term kinds or datatypes, so what it gives back is a guess (see
/// <see cref="CsvResultsReader"/>): IRIs and <c>_:</c> blank nodes are recognised, everything
/// else is a simple literal. Compare CSV results by their CSV form, not term by term.
/// </remarks>
public static class SparqlResultsReader
{
    public static ParsedResults Read(TextReader input, ResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(input);
        return format switch
        {
            ResultsFormat.Json => JsonResultsReader.Read(input),
            ResultsFormat.Xml => XmlResultsReader.Read(input),
            ResultsFormat.Csv => CsvResultsReader.Read(input),
            ResultsFormat.Tsv => TsvResultsReader.Read(input),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "not a results format"),
        };
    }

    /// <summary>
    /// Results from a graph in the DAWG result-set vocabulary (<c>rs:ResultSet</c>,
    /// <c>rs:resultVariable</c>, <c>rs:solution</c>, <c>rs:binding</c>, <c>rs:variable</c>,
    /// <c>rs:value</c>, <c>rs:index</c>, <c>rs:boolean</c>), as parsed from a W3C expected-result
    /// file. With <c>rs:index</c> the rows come in index order and <see cref="ParsedResults.Ordered"/> is set.
    /// </summary>
    public static ParsedResults FromResultSetGraph(IEnumerable<Triple> graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return ResultSetGraphReader.Read(graph);
    }
}
