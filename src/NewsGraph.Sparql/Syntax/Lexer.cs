using System.Text;

namespace NewsGraph.Sparql.Syntax;

/// <summary>Splits SPARQL text into tokens (SPARQL 1.1 §19.8 terminals), keeping line and column.</summary>
internal sealed class Lexer
{
    private readonly string _text;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    public Lexer(string text) => _text = text;

    public List<Token> Tokenize()
    {
        var tokens = new List<Token>();
        while (true)
        {
            var t = Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.End)
            {
                return tokens;
            }
        }
    }

    private int Column => _pos - _lineStart + 1;

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private SparqlSyntaxException Error(string detail) => new(_line, Column, detail);

    private Token Next()
    {
        SkipWhitespace();
        var line = _line;
        var column = Column;
        if (_pos >= _text.Length)
        {
            return new Token(TokenKind.End, string.Empty, line, column);
        }

        var c = _text[_pos];
        Token Make(TokenKind kind, string text) => new(kind, text, line, column);

        switch (c)
        {
            case '<':
                if (TryIriRef(out var iri))
                {
                    return Make(TokenKind.IriRef, iri);
                }

                return Make(TokenKind.Punctuation, Take(Peek(1) == '=' ? 2 : 1));
            case '?' or '$' when IsVarStart(Peek(1)):
                _pos++;
                return Make(TokenKind.Variable, ReadVarName());
            case '"' or '\'':
                return Make(TokenKind.String, ReadString(c));
            case '@':
                _pos++;
                return Make(TokenKind.LangTag, ReadLangTag());
            case '_' when Peek(1) == ':':
                _pos += 2;
                return Make(TokenKind.BlankNodeLabel, ReadBlankNodeLabel());
            case '(' when NextNonSpaceIs(')', out var nilLength):
                _pos += nilLength;
                return Make(TokenKind.Nil, "()");
            case '[' when NextNonSpaceIs(']', out var anonLength):
                _pos += anonLength;
                return Make(TokenKind.Anon, "[]");
            case >= '0' and <= '9':
                return ReadNumber(line, column);
            case '.' when char.IsAsciiDigit(Peek(1)):
                return ReadNumber(line, column);
            case '&' when Peek(1) == '&':
                return Make(TokenKind.Punctuation, Take(2));
            case '|' when Peek(1) == '|':
                return Make(TokenKind.Punctuation, Take(2));
            case '^' when Peek(1) == '^':
                return Make(TokenKind.Punctuation, Take(2));
            case '!' when Peek(1) == '=':
                return Make(TokenKind.Punctuation, Take(2));
            case '>' when Peek(1) == '=':
                return Make(TokenKind.Punctuation, Take(2));
            case '{' or '}' or '(' or ')' or '[' or ']' or '.' or ';' or ',' or '=' or '>' or '!' or '+' or '-' or '*' or '/' or '^' or '|' or '?' or '&':
                return Make(TokenKind.Punctuation, Take(1));
        }

        if (c == ':' || IsPnCharsBase(c))
        {
            return ReadNameOrPrefixedName(line, column);
        }

        throw Error($"unexpected character '{c}'");
    }

    private string Take(int n)
    {
        var s = _text.Substring(_pos, n);
        _pos += n;
        return s;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _pos++;
                _line++;
                _lineStart = _pos;
            }
            else if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '#')
            {
                while (_pos < _text.Length && _text[_pos] != '\n')
                {
                    _pos++;
                }
            }
            else
            {
                return;
            }
        }
    }

    private bool NextNonSpaceIs(char close, out int length)
    {
        var i = _pos + 1;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        length = i + 1 - _pos;
        if (i < _text.Length && _text[i] == close)
        {
            // Line breaks inside () or [] still count as lines.
            for (var k = _pos; k < i; k++)
            {
                if (_text[k] == '\n')
                {
                    _line++;
                    _lineStart = k + 1;
                }
            }

            return true;
        }

        return false;
    }

    private bool TryIriRef(out string iri)
    {
        var sb = new StringBuilder();
        var i = _pos + 1;
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '>')
            {
                _pos = i + 1;
                iri = sb.ToString();
                return true;
            }

            if (c <= 0x20 || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                break;
            }

            if (c == '\\')
            {
                var save = _pos;
                _pos = i + 1;
                var cp = ReadUnicodeEscape();
                i = _pos;
                _pos = save;
                sb.Append(char.ConvertFromUtf32(cp));
                continue;
            }

            sb.Append(c);
            i++;
        }

        iri = string.Empty;
        return false;
    }

    private int ReadUnicodeEscape()
    {
        var digits = Peek() switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw Error("expected \\u or \\U escape"),
        };
        _pos++;
        var value = 0;
        for (var k = 0; k < digits; k++)
        {
            var h = HexValue(Peek());
            if (h < 0)
            {
                throw Error($"expected {digits} hexadecimal digits in a Unicode escape");
            }

            value = (value << 4) | h;
            _pos++;
        }

        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        {
            throw Error($"\\u{value:X} is not a Unicode scalar value");
        }

        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool IsVarStart(char c) => IsPnCharsU(c) || char.IsAsciiDigit(c);

    private string ReadVarName()
    {
        var start = _pos;
        while (_pos < _text.Length && (IsPnCharsU(_text[_pos]) || char.IsAsciiDigit(_text[_pos]) || _text[_pos] == 0xB7 || (_text[_pos] >= 0x300 && _text[_pos] <= 0x36F) || (_text[_pos] >= 0x203F && _text[_pos] <= 0x2040)))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    private string ReadString(char quote)
    {
        var (startLine, startColumn) = (_line, Column);
        var isLong = Peek(1) == quote && Peek(2) == quote;
        _pos += isLong ? 3 : 1;
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SparqlSyntaxException(startLine, startColumn, $"unterminated string: no closing {quote} before the end of the query");
            }

            var c = _text[_pos];
            if (c == quote)
            {
                if (!isLong)
                {
                    _pos++;
                    return sb.ToString();
                }

                if (Peek(1) == quote && Peek(2) == quote)
                {
                    _pos += 3;
                    return sb.ToString();
                }

                sb.Append(c);
                _pos++;
            }
            else if (c == '\\')
            {
                _pos++;
                var e = Peek();
                char? simple = e switch
                {
                    't' => '\t',
                    'b' => '\b',
                    'n' => '\n',
                    'r' => '\r',
                    'f' => '\f',
                    '"' => '"',
                    '\'' => '\'',
                    '\\' => '\\',
                    _ => null,
                };
                if (simple is { } s)
                {
                    sb.Append(s);
                    _pos++;
                }
                else if (e is 'u' or 'U')
                {
                    sb.Append(char.ConvertFromUtf32(ReadUnicodeEscape()));
                }
                else
                {
                    throw Error($"'\\{e}' is not a string escape");
                }
            }
            else if (!isLong && c is '\n' or '\r')
            {
                throw Error("line break in a string: use \\n or a long string");
            }
            else
            {
                if (c == '\n')
                {
                    _line++;
                    _lineStart = _pos + 1;
                }

                sb.Append(c);
                _pos++;
            }
        }
    }

    private string ReadLangTag()
    {
        var start = _pos;
        if (!char.IsAsciiLetter(Peek()))
        {
            throw Error("expected a language tag after '@'");
        }

        while (char.IsAsciiLetter(Peek()))
        {
            _pos++;
        }

        while (Peek() == '-' && char.IsAsciiLetterOrDigit(Peek(1)))
        {
            _pos++;
            while (char.IsAsciiLetterOrDigit(Peek()))
            {
                _pos++;
            }
        }

        return _text[start.._pos];
    }

    private string ReadBlankNodeLabel()
    {
        var start = _pos;
        if (!(IsPnCharsU(Peek()) || char.IsAsciiDigit(Peek())))
        {
            throw Error("expected a blank node label after '_:'");
        }

        _pos++;
        while (true)
        {
            if (IsPnChars(Peek()))
            {
                _pos++;
            }
            else if (Peek() == '.' && DotsContinuing() is > 0 and var dots)
            {
                _pos += dots;
            }
            else
            {
                return _text[start.._pos];
            }
        }
    }

    /// <summary>At a '.': the length of the run of dots if a name goes on after it, else 0 (consumed whole, so long runs stay linear).</summary>
    private int DotsContinuing(bool local = false)
    {
        var k = 1;
        while (Peek(k) == '.')
        {
            k++;
        }

        var n = Peek(k);
        return IsPnChars(n) || (local && n is ':' or '%' or '\\') ? k : 0;
    }

    private Token ReadNumber(int line, int column)
    {
        var start = _pos;
        var kind = TokenKind.Integer;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (Peek() == '.' && (char.IsAsciiDigit(Peek(1)) || (IsExponent(1) && _pos > start)))
        {
            _pos++;
            kind = TokenKind.Decimal;
            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }

        if (IsExponent(0))
        {
            _pos++;
            if (Peek() is '+' or '-')
            {
                _pos++;
            }

            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }

            kind = TokenKind.Double;
        }

        return new Token(kind, _text[start.._pos], line, column);
    }

    private bool IsExponent(int ahead) =>
        Peek(ahead) is 'e' or 'E' && (char.IsAsciiDigit(Peek(ahead + 1)) || (Peek(ahead + 1) is '+' or '-' && char.IsAsciiDigit(Peek(ahead + 2))));

    /// <summary>A bare word (keyword, function name, 'a', true/false) or a prefixed name.</summary>
    private Token ReadNameOrPrefixedName(int line, int column)
    {
        var sb = new StringBuilder();
        if (Peek() != ':')
        {
            sb.Append(Peek());
            _pos++;
            while (true)
            {
                if (IsPnChars(Peek()))
                {
                    sb.Append(Peek());
                    _pos++;
                }
                else if (Peek() == '.' && DotsContinuing() is > 0 and var dots)
                {
                    sb.Append('.', dots);
                    _pos += dots;
                }
                else
                {
                    break;
                }
            }
        }

        if (Peek() != ':')
        {
            return new Token(TokenKind.Name, sb.ToString(), line, column);
        }

        sb.Append(':');
        _pos++;
        var first = true;
        while (true)
        {
            var c = Peek();
            if (first ? IsPnCharsU(c) || c == ':' || char.IsAsciiDigit(c) : IsPnChars(c) || c == ':')
            {
                sb.Append(c);
                _pos++;
            }
            else if (c == '%' && HexValue(Peek(1)) >= 0 && HexValue(Peek(2)) >= 0)
            {
                sb.Append(_text, _pos, 3);
                _pos += 3;
            }
            else if (c == '\\' && "_~.-!$&'()*+,;=/?#@%".Contains(Peek(1)) && Peek(1) != '\0')
            {
                sb.Append(Peek(1));
                _pos += 2;
            }
            else if (c == '.' && !first && DotsContinuing(local: true) is > 0 and var dots)
            {
                sb.Append('.', dots);
                _pos += dots;
            }
            else
            {
                break;
            }

            first = false;
        }

        return new Token(TokenKind.PrefixedName, sb.ToString(), line, column);
    }

    private static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c)
        || (c >= 0x00C0 && c <= 0x00D6) || (c >= 0x00D8 && c <= 0x00F6) || (c >= 0x00F8 && c <= 0x02FF)
        || (c >= 0x0370 && c <= 0x037D) || (c >= 0x037F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF) || (c >= 0xFDF0 && c <= 0xFFFD) || char.IsSurrogate(c);

    private static bool IsPnCharsU(char c) => c == '_' || IsPnCharsBase(c);

    private static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == 0xB7 || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
}
