using System.Text;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results CSV. The format keeps only strings, so terms are guessed back: a
/// value of the form <c>_:label</c> is a blank node, a value that is an absolute IRI (a scheme,
/// a colon and no spaces or characters IRIs forbid) is an IRI, and anything else is a simple
/// literal; datatypes and languages are lost. An empty field is unbound, a quoted empty field
/// (<c>""</c>) an empty string. Lines may end in CRLF, as the specification says, or in LF, as
/// the W3C test files do. The header <c>_askResult</c> over one row of true or false is Jena's
/// form of an ASK result and reads as a boolean.
/// </summary>
internal sealed class CsvResultsReader
{
    private readonly TextReader _input;
    private readonly StringBuilder _field = new();
    private readonly TermInterner _iris = new();
    private int _line = 1;

    private CsvResultsReader(TextReader input) => _input = input;

    public static ParsedResults Read(TextReader input) => new CsvResultsReader(input).ReadDocument();

    private ParsedResults ReadDocument()
    {
        var header = new List<Field>();
        if (!ReadRecord(header))
        {
            throw new FormatException("CSV results are empty: even a result without solutions has a header line");
        }

        // An empty header line is a SELECT without variables, not one variable with an empty name.
        List<string> variables = header is [{ Text: "", Quoted: false }] ? [] : header.ConvertAll(f => f.Text);
        var rows = new List<Term?[]>();
        var record = new List<Field>();
        while (ReadRecord(record))
        {
            // A header with no variables still has a line per solution; each such line is empty.
            if (record.Count != variables.Count && !(variables.Count == 0 && record is [{ Text: "", Quoted: false }]))
            {
                throw Error($"{record.Count} fields under a header of {variables.Count}", _line - 1);
            }

            var row = new Term?[variables.Count];
            for (var i = 0; i < variables.Count; i++)
            {
                row[i] = ToTerm(record[i]);
            }

            rows.Add(row);
        }

        if (variables is [SparqlResultsWriter.AskVariable] && rows is [[Literal { Lexical: var answer }]] && bool.TryParse(answer, out var value))
        {
            return ParsedResults.ForBoolean(value);
        }

        return new ParsedResults(variables, rows, null);
    }

    private Term? ToTerm(Field field)
    {
        var text = field.Text;
        if (text.Length == 0)
        {
            return field.Quoted ? Literal.Simple("") : null;
        }

        if (text.StartsWith("_:", StringComparison.Ordinal) && text.Length > 2)
        {
            return new BlankNode(text[2..]);
        }

        return LooksLikeAbsoluteIri(text) ? _iris.Iri(text) : Literal.Simple(text);
    }

    /// <summary>RFC 3987's scheme ":" followed by something, with no character an IRI cannot hold.</summary>
    private static bool LooksLikeAbsoluteIri(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 1 || colon == text.Length - 1 || !char.IsAsciiLetter(text[0]))
        {
            return false;
        }

        for (var i = 1; i < colon; i++)
        {
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '-' or '.'))
            {
                return false;
            }
        }

        foreach (var c in text)
        {
            if (c <= ' ' || c is '<' or '>' or '"' or '{' or '}' or '|' or '\\' or '^' or '`')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads one record (RFC 4180) into <paramref name="fields"/>; false at the end of the input.</summary>
    private bool ReadRecord(List<Field> fields)
    {
        fields.Clear();
        if (_input.Peek() < 0)
        {
            return false;
        }

        while (true)
        {
            var quoted = _input.Peek() == '"';
            if (quoted)
            {
                _input.Read();
                ReadQuoted();
            }

            int c;
            while ((c = _input.Read()) >= 0 && c is not (',' or '\r' or '\n'))
            {
                if (c == '"' || quoted)
                {
                    throw Error(quoted ? "text after the closing quote of a field" : "a quote inside an unquoted field", _line);
                }

                _field.Append((char)c);
            }

            fields.Add(new Field(_field.ToString(), quoted));
            _field.Clear();
            if (c == ',')
            {
                continue;
            }

            if (c == '\r' && _input.Peek() == '\n')
            {
                _input.Read();
            }

            _line++;
            return true;
        }
    }

    private void ReadQuoted()
    {
        var start = _line;
        while (true)
        {
            var c = _input.Read();
            switch (c)
            {
                case < 0:
                    throw Error("a quoted field is not closed", start);
                case '"' when _input.Peek() == '"':
                    _input.Read();
                    _field.Append('"');
                    break;
                case '"':
                    return;
                default:
                    if (c == '\n')
                    {
                        _line++;
                    }

                    _field.Append((char)c);
                    break;
            }
        }
    }

    private static FormatException Error(string detail, int line) => new($"CSV results, line {line}: {detail}");

    private readonly record struct Field(string Text, bool Quoted);
}
