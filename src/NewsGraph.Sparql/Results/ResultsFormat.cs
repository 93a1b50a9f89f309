namespace NewsGraph.Sparql.Results;

/// <summary>The SPARQL 1.1 query results formats.</summary>
public enum ResultsFormat
{
    /// <summary>SPARQL 1.1 Query Results JSON Format, application/sparql-results+json.</summary>
    Json,

    /// <summary>SPARQL Query Results XML Format, application/sparql-results+xml.</summary>
    Xml,

    /// <summary>SPARQL 1.1 Query Results CSV, text/csv.</summary>
    Csv,

    /// <summary>SPARQL 1.1 Query Results TSV, text/tab-separated-values.</summary>
    Tsv,
}
