using System.Text;

namespace NewsGraph.Rdf;

/// <summary>
/// Terms written in N-Triples syntax (RDF 1.1 N-Triples §7, canonical form): the one place that
/// knows how IRIs and literal strings are escaped, used by <c>ToString</c> and by the writers.
/// </summary>
public static class NTriplesText
{
    public static string Iri(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        AppendIri(sb, value);
        return sb.ToString();
    }

    public static string Literal(Literal literal)
    {
        var sb = new StringBuilder(literal.Lexical.Length + 2);
        AppendLiteral(sb, literal);
        return sb.ToString();
    }

    public static void AppendTerm(StringBuilder sb, Term term)
    {
        switch (term)
        {
            case Rdf.Iri iri:
                AppendIri(sb, iri.Value);
                break;
            case BlankNode b:
                sb.Append("_:").Append(b.Label);
                break;
            case Rdf.Literal l:
                AppendLiteral(sb, l);
                break;
        }
    }

    public static void AppendIri(StringBuilder sb, string value)
    {
        sb.Append('<');
        foreach (var c in value)
        {
            // Characters IRIREF cannot hold verbatim are written as \u escapes.
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
            {
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('>');
    }

    public static void AppendLiteral(StringBuilder sb, Literal literal)
    {
        sb.Append('"');
        AppendEscapedString(sb, literal.Lexical);
        sb.Append('"');
        if (literal.Language is not null)
        {
            sb.Append('@').Append(literal.Language);
        }
        else if (!literal.IsSimple)
        {
            sb.Append("^^");
            AppendIri(sb, literal.Datatype.Value);
        }
    }

    /// <summary>Escapes the characters a quoted string cannot hold (N-Triples canonical form).</summary>
    public static void AppendEscapedString(StringBuilder sb, string s)
    {
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            string? esc = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => null,
            };
            if (esc is null && (c < 0x20 || c == 0x7F || c == 0xFFFE || c == 0xFFFF))
            {
                esc = "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
            }

            if (esc is not null)
            {
                sb.Append(s, start, i - start).Append(esc);
                start = i + 1;
            }
        }

        sb.Append(s, start, s.Length - start);
    }
}
