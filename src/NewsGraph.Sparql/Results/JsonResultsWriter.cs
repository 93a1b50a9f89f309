using System.Buffers;
using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results JSON Format, one solution per line. Written by hand rather than
/// through Utf8JsonWriter, which produces UTF-8 bytes and would need a decoding step to reach a
/// TextWriter; the escaping is the only subtle part. Each solution is built in one reused buffer
/// and handed over whole, which is several times faster than many small writes.
/// </summary>
internal static class JsonResultsWriter
{
    private const string HexDigits = "0123456789ABCDEF";

    // Characters a JSON string cannot hold verbatim (RFC 8259 §7).
    private static readonly SearchValues<char> NeedsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000A\u000B\u000C\u000D\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    public static void WriteSolutions(TextWriter output, SolutionsResult solutions)
    {
        var variables = solutions.Variables;
        var line = new StringBuilder(256);

        // Each variable's member name, "name":, escaped once rather than on every row.
        var keys = new string[variables.Count];
        for (var i = 0; i < variables.Count; i++)
        {
            AppendString(line, variables[i]);
            keys[i] = line.Append(':').ToString();
            line.Clear();
        }

        line.Append("{\"head\":{\"vars\":[");
        for (var i = 0; i < keys.Length; i++)
        {
            line.Append(i > 0 ? "," : "").Append(keys[i], 0, keys[i].Length - 1);
        }

        line.Append("]},\"results\":{\"bindings\":[");
        var firstRow = true;
        foreach (var row in solutions.Rows)
        {
            SparqlResultsWriter.CheckWidth(row, variables.Count);
            line.Append(firstRow ? "\n{" : ",\n{");
            firstRow = false;
            var firstBinding = true;
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is not { } term)
                {
                    continue;
                }

                if (!firstBinding)
                {
                    line.Append(',');
                }

                firstBinding = false;
                line.Append(keys[i]);
                AppendTerm(line, term);
            }

            line.Append('}');
            SparqlResultsWriter.WriteAndClear(output, line);
        }

        line.Append("\n]}}\n");
        SparqlResultsWriter.WriteAndClear(output, line);
    }

    public static void WriteBoolean(TextWriter output, bool value) =>
        output.Write(value ? "{\"head\":{},\"boolean\":true}\n" : "{\"head\":{},\"boolean\":false}\n");

    private static void AppendTerm(StringBuilder line, Term term)
    {
        switch (term)
        {
            case Iri iri:
                line.Append("{\"type\":\"uri\",\"value\":");
                AppendString(line, iri.Value);
                break;
            case BlankNode blank:
                line.Append("{\"type\":\"bnode\",\"value\":");
                AppendString(line, blank.Label);
                break;
            case Literal literal:
                line.Append("{\"type\":\"literal\",\"value\":");
                AppendString(line, literal.Lexical);
                if (literal.Language is not null)
                {
                    line.Append(",\"xml:lang\":");
                    AppendString(line, literal.Language);
                }
                else if (!literal.IsSimple)
                {
                    line.Append(",\"datatype\":");
                    AppendString(line, literal.Datatype.Value);
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term.Kind, "unknown kind of term");
        }

        line.Append('}');
    }

    private static void AppendString(StringBuilder line, string value)
    {
        line.Append('"');
        var rest = value.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(NeedsEscape)) >= 0)
        {
            line.Append(rest[..next]);
            AppendEscape(line, rest[next]);
            rest = rest[(next + 1)..];
        }

        line.Append(rest).Append('"');
    }

    private static void AppendEscape(StringBuilder line, char c)
    {
        switch (c)
        {
            case '"':
                line.Append("\\\"");
                break;
            case '\\':
                line.Append("\\\\");
                break;
            case '\n':
                line.Append("\\n");
                break;
            case '\r':
                line.Append("\\r");
                break;
            case '\t':
                line.Append("\\t");
                break;
            case '\b':
                line.Append("\\b");
                break;
            case '\f':
                line.Append("\\f");
                break;
            default:
                line.Append("\\u00").Append(HexDigits[c >> 4]).Append(HexDigits[c & 0xF]);
                break;
        }
    }
}
