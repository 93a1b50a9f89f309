using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// Writes SELECT and ASK results in one of the SPARQL 1.1 results formats. Solutions are written
/// as they are enumerated, so a result of any size streams in constant memory; nothing is
/// flushed or closed, which stays the caller's business.
/// </summary>
/// <remarks>
/// CSV and TSV are defined for SELECT only. For ASK this writes what Jena writes, a one-column
/// table whose header is <c>_askResult</c> (CSV) or <c>?_askResult</c> (TSV) and whose one row is
/// <c>true</c> or <c>false</c>; <see cref="SparqlResultsReader"/> reads that form back as a boolean.
/// </remarks>
public static class SparqlResultsWriter
{
    /// <summary>The one variable of Jena's CSV and TSV form of an ASK result.</summary>
    internal const string AskVariable = "_askResult";

    public static void Write(TextWriter output, QueryResult result, ResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        switch (result)
        {
            case SolutionsResult solutions:
                WriteSolutions(output, solutions, format);
                break;
            case BooleanResult boolean:
                WriteBoolean(output, boolean.Value, format);
                break;
            case GraphResult:
                throw new NotSupportedException("CONSTRUCT and DESCRIBE results are RDF graphs; write them with RdfWriter in an RDF format.");
            default:
                throw new ArgumentOutOfRangeException(nameof(result), result.GetType().Name, "unknown kind of query result");
        }
    }

    private static void WriteSolutions(TextWriter output, SolutionsResult solutions, ResultsFormat format)
    {
        switch (format)
        {
            case ResultsFormat.Json:
                JsonResultsWriter.WriteSolutions(output, solutions);
                break;
            case ResultsFormat.Xml:
                XmlResultsWriter.WriteSolutions(output, solutions);
                break;
            case ResultsFormat.Csv:
                CsvResultsWriter.WriteSolutions(output, solutions);
                break;
            case ResultsFormat.Tsv:
                TsvResultsWriter.WriteSolutions(output, solutions);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a results format");
        }
    }

    private static void WriteBoolean(TextWriter output, bool value, ResultsFormat format)
    {
        switch (format)
        {
            case ResultsFormat.Json:
                JsonResultsWriter.WriteBoolean(output, value);
                break;
            case ResultsFormat.Xml:
                XmlResultsWriter.WriteBoolean(output, value);
                break;
            case ResultsFormat.Csv:
                CsvResultsWriter.WriteBoolean(output, value);
                break;
            case ResultsFormat.Tsv:
                TsvResultsWriter.WriteBoolean(output, value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "not a results format");
        }
    }

    /// <summary>Hands a buffered piece of output, usually one solution, to the writer and empties the buffer for the next.</summary>
    internal static void WriteAndClear(TextWriter output, StringBuilder buffer)
    {
        foreach (var chunk in buffer.GetChunks())
        {
            output.Write(chunk.Span);
        }

        buffer.Clear();
    }

    /// <summary>Checks a row against the header before any of it is written, so that a bad row cannot leave half a line behind.</summary>
    internal static void CheckWidth(Term?[] row, int width)
    {
        if (row.Length != width)
        {
            throw new InvalidOperationException($"a solution has {row.Length} values for {width} variables");
        }
    }
}
