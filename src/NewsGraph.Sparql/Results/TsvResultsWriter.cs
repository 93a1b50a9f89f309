using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results TSV: a header of <c>?name</c>s, then one LF-terminated line per
/// solution with each value in Turtle's term syntax. Tabs and line breaks inside strings are
/// escaped, so a raw tab always separates fields. Integers, decimals, doubles and booleans whose
/// lexical form Turtle accepts bare are written bare, as the specification allows.
/// </summary>
internal static class TsvResultsWriter
{
    public static void WriteSolutions(TextWriter output, SolutionsResult solutions)
    {
        var variables = solutions.Variables;
        var line = new StringBuilder(256);
        for (var i = 0; i < variables.Count; i++)
        {
            if (i > 0)
            {
                line.Append('\t');
            }

            line.Append('?').Append(variables[i]);
        }

        line.Append('\n');
        SparqlResultsWriter.WriteAndClear(output, line);

        var labels = new BlankNodeLabels(relabelAll: false);
        foreach (var row in solutions.Rows)
        {
            SparqlResultsWriter.CheckWidth(row, variables.Count);
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0)
                {
                    line.Append('\t');
                }

                if (row[i] is { } term)
                {
                    AppendTerm(line, term, labels);
                }
            }

            line.Append('\n');
            SparqlResultsWriter.WriteAndClear(output, line);
        }
    }

    public static void WriteBoolean(TextWriter output, bool value)
    {
        output.Write('?');
        output.Write(SparqlResultsWriter.AskVariable);
        output.Write('\n');
        output.Write(value ? "true\n" : "false\n");
    }

    private static void AppendTerm(StringBuilder line, Term term, BlankNodeLabels labels)
    {
        switch (term)
        {
            case Iri iri:
                NTriplesText.AppendIri(line, iri.Value);
                break;
            case BlankNode blank:
                line.Append("_:").Append(labels.LabelOf(blank));
                break;
            case Literal literal when TurtleBareLiterals.CanWriteBare(literal):
                line.Append(literal.Lexical);
                break;
            case Literal literal:
                NTriplesText.AppendLiteral(line, literal);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term.Kind, "unknown kind of term");
        }
    }
}
