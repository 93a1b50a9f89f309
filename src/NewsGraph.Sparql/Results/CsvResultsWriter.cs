using System.Buffers;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results CSV: a header of variable names, then one CRLF-terminated line per
/// solution. Values lose their kind and datatype: IRIs are written bare, blank nodes as
/// <c>_:label</c>, literals as their lexical form. An unbound variable is an empty field and an
/// empty string is written quoted (<c>""</c>), which plain CSV readers see as the same thing but
/// <see cref="SparqlResultsReader"/> keeps apart.
/// </summary>
internal static class CsvResultsWriter
{
    private const string LineEnd = "\r\n";

    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    public static void WriteSolutions(TextWriter output, SolutionsResult solutions)
    {
        var variables = solutions.Variables;
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            WriteField(output, variables[i]);
        }

        output.Write(LineEnd);
        foreach (var row in solutions.Rows)
        {
            SparqlResultsWriter.CheckWidth(row, variables.Count);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    output.Write(',');
                }

                WriteTerm(output, row[i]);
            }

            output.Write(LineEnd);
        }
    }

    public static void WriteBoolean(TextWriter output, bool value)
    {
        output.Write(SparqlResultsWriter.AskVariable);
        output.Write(LineEnd);
        output.Write(value ? "true" : "false");
        output.Write(LineEnd);
    }

    private static void WriteTerm(TextWriter output, Term? term)
    {
        switch (term)
        {
            case null:
                break;
            case Iri iri:
                WriteField(output, iri.Value);
                break;
            case BlankNode blank:
                // Labels that need quoting are rare enough that building the string is fine.
                if (blank.Label.AsSpan().ContainsAny(NeedsQuotes))
                {
                    WriteField(output, "_:" + blank.Label);
                }
                else
                {
                    output.Write("_:");
                    output.Write(blank.Label);
                }

                break;
            case Literal literal when literal.Lexical.Length == 0:
                output.Write("\"\"");
                break;
            case Literal literal:
                WriteField(output, literal.Lexical);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term.Kind, "unknown kind of term");
        }
    }

    /// <summary>Writes a field, in quotes with inner quotes doubled when it holds a separator, quote or line break (RFC 4180).</summary>
    private static void WriteField(TextWriter output, string value)
    {
        var rest = value.AsSpan();
        if (!rest.ContainsAny(NeedsQuotes))
        {
            output.Write(rest);
            return;
        }

        output.Write('"');
        int quote;
        while ((quote = rest.IndexOf('"')) >= 0)
        {
            output.Write(rest[..(quote + 1)]);
            output.Write('"');
            rest = rest[(quote + 1)..];
        }

        output.Write(rest);
        output.Write('"');
    }
}
