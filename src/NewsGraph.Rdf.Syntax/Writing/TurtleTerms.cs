using System.Text;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// Terms in Turtle's short forms: prefixed names where the local part is valid as written,
/// bare numbers and booleans where the lexical form is Turtle's own, long strings for text with
/// line breaks. Records which prefixes were used so that only those are declared.
/// </summary>
internal sealed class TurtleTerms(PrefixMap prefixes)
{
    private readonly HashSet<string> _used = [];
    private readonly BlankNodeLabels _labels = new(relabelAll: true);

    public IEnumerable<KeyValuePair<string, string>> UsedPrefixes() => prefixes.Where(p => _used.Contains(p.Key));

    public string Format(Term term) => term switch
    {
        Iri iri => FormatIri(iri.Value),
        BlankNode b => "_:" + _labels.LabelOf(b),
        Literal l => FormatLiteral(l),
        _ => throw new ArgumentOutOfRangeException(nameof(term)),
    };

    private string FormatIri(string iri)
    {
        if (prefixes.TryCompact(iri, out var prefix, out var local) && IsPlainLocalName(local))
        {
            _used.Add(prefix);
            return prefix + ":" + local;
        }

        return NTriplesText.Iri(iri);
    }

    private string FormatLiteral(Literal l)
    {
        if (l.Language is null)
        {
            var dt = l.Datatype.Value;
            var lex = l.Lexical;
            if ((dt == Vocab.Xsd.Integer.Value && LooksLikeInteger(lex))
                || (dt == Vocab.Xsd.Decimal.Value && LooksLikeDecimal(lex))
                || (dt == Vocab.Xsd.Double.Value && LooksLikeDouble(lex))
                || (dt == Vocab.Xsd.Boolean.Value && lex is "true" or "false"))
            {
                return lex;
            }
        }

        var sb = new StringBuilder(l.Lexical.Length + 8);
        if (l.Lexical.Contains('\n'))
        {
            AppendLongString(sb, l.Lexical);
        }
        else
        {
            sb.Append('"');
            NTriplesText.AppendEscapedString(sb, l.Lexical);
            sb.Append('"');
        }

        if (l.Language is not null)
        {
            sb.Append('@').Append(l.Language);
        }
        else if (!l.IsSimple)
        {
            sb.Append("^^").Append(FormatIri(l.Datatype.Value));
        }

        return sb.ToString();
    }

    /// <summary>A """long string""": line feeds stay as they are; quotes and backslashes are escaped.</summary>
    private static void AppendLongString(StringBuilder sb, string s)
    {
        sb.Append("\"\"\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\n':
                    sb.Append('\n');
                    break;
                default:
                    if (c < 0x20 || c == 0x7F)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append("\"\"\"");
    }

    /// <summary>
    /// A local name that needs no escapes: ASCII letters, digits, '_', '-' and inner '.', or other
    /// letters; anything else is written as a full IRI instead.
    /// </summary>
    private static bool IsPlainLocalName(string local)
    {
        if (local.Length == 0)
        {
            return true;
        }

        if (local[0] is '-' or '.' || local[^1] == '.')
        {
            return false;
        }

        foreach (var c in local)
        {
            var ok = char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' || (c >= 0xC0 && char.IsLetter(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksLikeInteger(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        return i < s.Length && s.AsSpan(i).ContainsAnyExceptInRange('0', '9') is false;
    }

    private static bool LooksLikeDecimal(string s)
    {
        var i = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
        var dot = s.IndexOf('.', i);
        return dot >= 0 && dot < s.Length - 1
            && !s.AsSpan(i, dot - i).ContainsAnyExceptInRange('0', '9')
            && !s.AsSpan(dot + 1).ContainsAnyExceptInRange('0', '9');
    }

    private static bool LooksLikeDouble(string s)
    {
        var e = s.IndexOfAny(['e', 'E']);
        if (e <= 0 || e == s.Length - 1)
        {
            return false;
        }

        var mantissa = s[..e];
        var exponent = s[(e + 1)..];
        var expOk = LooksLikeInteger(exponent);
        var i = mantissa[0] is '+' or '-' ? 1 : 0;
        var m = mantissa.AsSpan(i);
        var dot = m.IndexOf('.');
        var manOk = dot < 0
            ? m.Length > 0 && !m.ContainsAnyExceptInRange('0', '9')
            : m.Length > 1 && !m[..dot].ContainsAnyExceptInRange('0', '9') && !m[(dot + 1)..].ContainsAnyExceptInRange('0', '9');
        return expOk && manOk;
    }
}
