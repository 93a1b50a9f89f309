using System.Globalization;
using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results TSV: a header of <c>?name</c>s (or <c>$name</c>s), then one line per
/// solution, fields split on tabs, each field a term in Turtle syntax: <c>&lt;iri&gt;</c>,
/// <c>_:label</c>, a quoted string with an optional <c>@lang</c> or <c>^^&lt;datatype&gt;</c>, or
/// a bare number or boolean. An empty field is unbound; spaces around a term are ignored. The
/// header <c>?_askResult</c> over one row of true or false is Jena's form of an ASK result and
/// reads as a boolean.
/// </summary>
internal sealed class TsvResultsReader
{
    private readonly TextReader _input;
    private readonly TermInterner _iris = new();
    private readonly StringBuilder _text = new();
    private int _line;

    private TsvResultsReader(TextReader input) => _input = input;

    public static ParsedResults Read(TextReader input) => new TsvResultsReader(input).ReadDocument();

    private ParsedResults ReadDocument()
    {
        var header = _input.ReadLine() ?? throw new FormatException("TSV results are empty: even a result without solutions has a header line");
        _line = 1;
        var variables = header.Length == 0 ? [] : header.Split('\t').Select(ReadVariable).ToList();
        var rows = new List<Term?[]>();
        var line = _input.ReadLine();
        if (variables is [SparqlResultsWriter.AskVariable] && line is not null && bool.TryParse(line, out var answer))
        {
            var next = _input.ReadLine();
            if (next is null)
            {
                return ParsedResults.ForBoolean(answer);
            }

            rows.Add(ReadRow(line, 1));
            line = next;
        }

        for (; line is not null; line = _input.ReadLine())
        {
            rows.Add(ReadRow(line, variables.Count));
        }

        return new ParsedResults(variables, rows, null);
    }

    private string ReadVariable(string field)
    {
        var name = field.Trim(' ');
        return name.Length > 1 && name[0] is '?' or '$' ? name[1..] : throw Error($"\"{field}\" is not a variable (?name)");
    }

    private Term?[] ReadRow(string line, int width)
    {
        _line++;
        var row = new Term?[width];
        var rest = line.AsSpan();

        // A solution of no variables is an empty line; any other line has one tab fewer than fields.
        var fields = width == 0 && rest.IsEmpty ? 0 : rest.Count('\t') + 1;
        if (fields != width)
        {
            throw Error($"{fields} fields under a header of {width}");
        }

        for (var i = 0; i < width; i++)
        {
            var tab = rest.IndexOf('\t');
            var field = tab >= 0 ? rest[..tab] : rest;
            rest = tab >= 0 ? rest[(tab + 1)..] : [];
            row[i] = ReadTerm(field.Trim(' '));
        }

        return row;
    }

    private Term? ReadTerm(ReadOnlySpan<char> field)
    {
        if (field.IsEmpty)
        {
            return null;
        }

        switch (field[0])
        {
            case '<':
                return field[^1] == '>' ? ReadIri(field[1..^1]) : throw Error($"an IRI is not closed: {field}");
            case '_' when field.StartsWith("_:") && field.Length > 2:
                return new BlankNode(field[2..].ToString());
            case '"' or '\'':
                return ReadLiteral(field);
            default:
                return TurtleBareLiterals.DatatypeOf(field) is { } datatype
                    ? Literal.Typed(field.ToString(), datatype)
                    : throw Error($"not an RDF term: {field}");
        }
    }

    private Literal ReadLiteral(ReadOnlySpan<char> field)
    {
        var quote = field[0];
        var end = ClosingQuote(field, quote);
        var lexical = Unescape(field[1..end], allowCharacterEscapes: true);
        var suffix = field[(end + 1)..];
        if (suffix.IsEmpty)
        {
            return Literal.Simple(lexical);
        }

        if (suffix[0] == '@' && suffix.Length > 1)
        {
            return Literal.LangString(lexical, suffix[1..].ToString());
        }

        if (suffix.StartsWith("^^<") && suffix[^1] == '>')
        {
            var datatype = ReadIri(suffix[3..^1]);
            return datatype.Equals(Vocab.Rdf.LangString)
                ? throw Error("an rdf:langString literal without a language")
                : Literal.Typed(lexical, datatype);
        }

        throw Error($"unexpected text after a string: {suffix}");
    }

    private Iri ReadIri(ReadOnlySpan<char> text) =>
        text.Contains('\\') ? _iris.Iri(Unescape(text, allowCharacterEscapes: false)) : _iris.Iri(text);

    /// <summary>The index of the quote that closes the string opened at 0, skipping escaped characters.</summary>
    private int ClosingQuote(ReadOnlySpan<char> field, char quote)
    {
        for (var i = 1; i < field.Length; i++)
        {
            if (field[i] == '\\')
            {
                i++;
            }
            else if (field[i] == quote)
            {
                return i;
            }
        }

        throw Error($"a string is not closed: {field}");
    }

    /// <summary>Resolves \u and \U escapes (IRIs and strings) and, in strings, \t, \n, \" and the other ECHARs.</summary>
    private string Unescape(ReadOnlySpan<char> s, bool allowCharacterEscapes)
    {
        if (!s.Contains('\\'))
        {
            return s.ToString();
        }

        _text.Clear();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\')
            {
                _text.Append(s[i]);
                continue;
            }

            var kind = i + 1 < s.Length ? s[i + 1] : '\0';
            i++;
            if (kind is 'u' or 'U')
            {
                var digits = kind == 'u' ? 4 : 8;
                var hex = i + digits < s.Length ? s.Slice(i + 1, digits) : [];
                if (hex.IsEmpty
                    || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
                    || code is < 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF))
                {
                    throw Error($"a bad \\{kind} escape");
                }

                _text.Append(char.ConvertFromUtf32(code));
                i += digits;
                continue;
            }

            var unescaped = allowCharacterEscapes ? kind switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                'b' => '\b',
                'f' => '\f',
                '"' => '"',
                '\'' => '\'',
                '\\' => '\\',
                _ => '\0',
            } : '\0';
            _text.Append(unescaped != '\0' ? unescaped : throw Error($"a bad escape \\{kind}"));
        }

        return _text.ToString();
    }

    private FormatException Error(string detail) => new($"TSV results, line {_line}: {detail}");
}
