using System.Buffers;
using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL Query Results XML Format. Written by hand, a solution at a time into one reused buffer:
/// the document has a fixed shape, so the only care needed is in escaping, and this runs several
/// times faster than XmlWriter. A string holding a character XML 1.0 cannot carry at all (most
/// C0 controls, U+FFFE, U+FFFF, unpaired surrogates) makes it throw, since any way of writing it
/// would give a document that XML readers reject.
/// </summary>
internal static class XmlResultsWriter
{
    public const string Namespace = "http://www.w3.org/2005/sparql-results#";

    private const string Header = "<?xml version=\"1.0\"?>\n<sparql xmlns=\"" + Namespace + "\">\n";

    // Markup characters, carriage returns (which XML readers would turn into line feeds), the
    // characters XML 1.0 forbids and the surrogates, whose pairing has to be checked.
    private static readonly SearchValues<char> NeedsCare = SearchValues.Create(CharactersNeedingCare());

    public static void WriteSolutions(TextWriter output, SolutionsResult solutions)
    {
        var variables = solutions.Variables;
        var line = new StringBuilder(256);
        line.Append(Header).Append(" <head>\n");

        // Each variable's opening binding tag, escaped once rather than on every row.
        var bindingTags = new string[variables.Count];
        for (var i = 0; i < variables.Count; i++)
        {
            line.Append("  <variable name=\"");
            var start = line.Length;
            AppendEscaped(line, variables[i], inAttribute: true);
            bindingTags[i] = "   <binding name=\"" + line.ToString(start, line.Length - start) + "\">";
            line.Append("\"/>\n");
        }

        line.Append(" </head>\n <results>\n");
        foreach (var row in solutions.Rows)
        {
            SparqlResultsWriter.CheckWidth(row, variables.Count);
            line.Append("  <result>\n");
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } term)
                {
                    line.Append(bindingTags[i]);
                    AppendTerm(line, term);
                    line.Append("</binding>\n");
                }
            }

            line.Append("  </result>\n");
            SparqlResultsWriter.WriteAndClear(output, line);
        }

        line.Append(" </results>\n</sparql>\n");
        SparqlResultsWriter.WriteAndClear(output, line);
    }

    public static void WriteBoolean(TextWriter output, bool value)
    {
        output.Write(Header);
        output.Write(value ? " <head/>\n <boolean>true</boolean>\n</sparql>\n" : " <head/>\n <boolean>false</boolean>\n</sparql>\n");
    }

    private static void AppendTerm(StringBuilder line, Term term)
    {
        switch (term)
        {
            case Iri iri:
                line.Append("<uri>");
                AppendEscaped(line, iri.Value, inAttribute: false);
                line.Append("</uri>");
                break;
            case BlankNode blank:
                line.Append("<bnode>");
                AppendEscaped(line, blank.Label, inAttribute: false);
                line.Append("</bnode>");
                break;
            case Literal literal:
                if (literal.Language is not null)
                {
                    line.Append("<literal xml:lang=\"");
                    AppendEscaped(line, literal.Language, inAttribute: true);
                    line.Append("\">");
                }
                else if (!literal.IsSimple)
                {
                    line.Append("<literal datatype=\"");
                    AppendEscaped(line, literal.Datatype.Value, inAttribute: true);
                    line.Append("\">");
                }
                else
                {
                    line.Append("<literal>");
                }

                AppendEscaped(line, literal.Lexical, inAttribute: false);
                line.Append("</literal>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term.Kind, "unknown kind of term");
        }
    }

    private static void AppendEscaped(StringBuilder line, string value, bool inAttribute)
    {
        var rest = value.AsSpan();
        int next;
        while ((next = rest.IndexOfAny(NeedsCare)) >= 0)
        {
            line.Append(rest[..next]);
            var c = rest[next];
            if (char.IsHighSurrogate(c) && next + 1 < rest.Length && char.IsLowSurrogate(rest[next + 1]))
            {
                line.Append(c).Append(rest[next + 1]);
                rest = rest[(next + 2)..];
                continue;
            }

            line.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '\r' => "&#xD;",

                // Attribute values are normalised too: a raw tab or line feed would come back as a space.
                '"' when inAttribute => "&quot;",
                '\n' when inAttribute => "&#xA;",
                '\t' when inAttribute => "&#x9;",
                '"' => "\"",
                '\n' => "\n",
                '\t' => "\t",
                _ => throw new ArgumentException($"a term holds U+{(int)c:X4}, which XML 1.0 cannot represent", nameof(value)),
            });
            rest = rest[(next + 1)..];
        }

        line.Append(rest);
    }

    private static string CharactersNeedingCare()
    {
        var chars = new StringBuilder("&<>\"");
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Append(c);
        }

        for (var c = '\uD800'; c <= '\uDFFF'; c++)
        {
            chars.Append(c);
        }

        return chars.Append("\uFFFE\uFFFF").ToString();
    }
}
