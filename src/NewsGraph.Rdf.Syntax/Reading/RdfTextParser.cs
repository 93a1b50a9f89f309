using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// The lexical rules the N-Triples family and the Turtle family share (IRIREF, string literals,
/// escapes, blank node labels, language tags), on top of <see cref="TextInput"/>. Token text is
/// assembled in one reusable scratch buffer, so reading a token allocates nothing until a term
/// is made from it.
/// </summary>
internal abstract class RdfTextParser : RdfReader
{
    private readonly Dictionary<string, BlankNode> _blankNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _languages = new(StringComparer.Ordinal);
    private char[] _scratch = new char[256];
    private int _scratchLength;

    protected RdfTextParser(TextReader text, RdfReaderOptions options)
        : base(text)
    {
        Input = new TextInput(text, options.SourceName);
        SourceName = options.SourceName;
        Interner = options.Interner ?? new TermInterner();
        MaxNesting = options.MaxNesting;
    }

    protected TextInput Input { get; }

    protected string? SourceName { get; }

    protected TermInterner Interner { get; }

    protected int MaxNesting { get; }

    protected ReadOnlySpan<char> Scratch => _scratch.AsSpan(0, _scratchLength);

    protected RdfSyntaxException Error(string detail) => new(SourceName, Input.Line, Input.Column, detail);

    /// <summary>The current position, to report an error at the start of a token once its end shows it is wrong.</summary>
    protected (int Line, int Column) Mark() => (Input.Line, Input.Column);

    protected RdfSyntaxException ErrorAt((int Line, int Column) mark, string detail) => new(SourceName, mark.Line, mark.Column, detail);

    /// <summary>An error saying what was expected and what was found instead.</summary>
    protected RdfSyntaxException Expected(string what) => Error($"expected {what}, found {Describe(Input.Peek())}");

    protected static string Describe(int c) => c switch
    {
        -1 => "end of input",
        '\n' => "end of line",
        '\r' => "end of line",
        _ when c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) => $"U+{c:X4}",
        _ => $"'{(char)c}'",
    };

    protected void ClearScratch() => _scratchLength = 0;

    protected void Append(char c)
    {
        if (_scratchLength == _scratch.Length)
        {
            Array.Resize(ref _scratch, _scratch.Length * 2);
        }

        _scratch[_scratchLength++] = c;
    }

    protected void Append(ReadOnlySpan<char> chars)
    {
        if (_scratchLength + chars.Length > _scratch.Length)
        {
            Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchLength + chars.Length));
        }

        chars.CopyTo(_scratch.AsSpan(_scratchLength));
        _scratchLength += chars.Length;
    }

    protected void AppendCodePoint(int codePoint)
    {
        if (codePoint < 0x10000)
        {
            Append((char)codePoint);
        }
        else
        {
            var v = codePoint - 0x10000;
            Append((char)(0xD800 + (v >> 10)));
            Append((char)(0xDC00 + (v & 0x3FF)));
        }
    }

    protected void Expect(char c, string what)
    {
        if (Input.Peek() != c)
        {
            throw Expected(what);
        }

        Input.Advance();
    }

    /// <summary>Reads an IRIREF (<c>&lt;...&gt;</c>) into the scratch buffer, unescaped and validated.</summary>
    protected void ReadIriRef()
    {
        Expect('<', "'<'");
        ClearScratch();
        while (true)
        {
            var window = Input.Window;
            var i = window.IndexOfAny(IriStops);
            if (i < 0)
            {
                i = window.Length;
            }

            Append(window[..i]);
            Input.Advance(i);
            var c = Input.Peek();
            if (c == '>')
            {
                Input.Advance();
                return;
            }

            if (c == '\\')
            {
                Input.Advance();
                var cp = ReadUnicodeEscape();
                if (cp <= 0x20 || cp is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\')
                {
                    throw Error($"the escape \\u{cp:X4} stands for a character IRIs may not contain");
                }

                AppendCodePoint(cp);
            }
            else if (c == -1)
            {
                throw Error("unterminated IRI: expected '>' before the end of input");
            }
            else if (!IsPlainIriChar((char)c))
            {
                throw Error($"{Describe(c)} is not allowed in an IRI");
            }
        }
    }

    // The characters that end a run of plain text inside an IRI or a string; searched for with vector instructions.
    private static readonly SearchValues<char> IriStops = SearchValues.Create("\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F <>\"{}|^`\\");
    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");
    private static readonly SearchValues<char> SingleQuotedStops = SearchValues.Create("'\\\n\r");

    private static bool IsPlainIriChar(char c) =>
        c > 0x20 && c is not ('<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\');

    /// <summary>Reads <c>uXXXX</c> or <c>UXXXXXXXX</c> after a backslash; returns the code point.</summary>
    protected int ReadUnicodeEscape()
    {
        var kind = Input.Peek();
        var digits = kind switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw Expected("'u' or 'U' after '\\' (a Unicode escape)"),
        };
        Input.Advance();
        var value = 0;
        for (var k = 0; k < digits; k++)
        {
            var h = HexValue(Input.Peek());
            if (h < 0)
            {
                throw Expected($"{digits} hexadecimal digits in a \\{(char)kind} escape");
            }

            value = (value << 4) | h;
            Input.Advance();
        }

        if (value > 0x10FFFF || value < 0 || (value >= 0xD800 && value <= 0xDFFF))
        {
            throw Error($"the escape \\{(char)kind}{value:X} is not a Unicode scalar value");
        }

        return value;
    }

    protected static int HexValue(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// Reads a quoted string whose opening quote(s) have been consumed, into the scratch buffer.
    /// Long strings (<c>"""</c>) may span lines; short ones may not.
    /// </summary>
    protected void ReadStringBody(char quote, bool isLong)
    {
        ClearScratch();
        while (true)
        {
            var window = Input.Window;
            var i = window.IndexOfAny(quote == '"' ? DoubleQuotedStops : SingleQuotedStops);
            if (i < 0)
            {
                i = window.Length;
            }

            Append(window[..i]);
            Input.Advance(i);
            var c = Input.Peek();
            if (c == quote)
            {
                if (!isLong)
                {
                    Input.Advance();
                    return;
                }

                // The first run of three quotes closes the string: a quote inside must be followed by something else.
                if (Input.PeekAt(1) == quote && Input.PeekAt(2) == quote)
                {
                    Input.Advance(3);
                    return;
                }

                Append(quote);
                Input.Advance();
            }
            else if (c == '\\')
            {
                Input.Advance();
                ReadStringEscape();
            }
            else if (c == '\n')
            {
                if (!isLong)
                {
                    throw Error("unterminated string: a line break comes before the closing quote (write \\n, or use a long string)");
                }

                Append('\n');
                Input.AdvanceCounting();
            }
            else if (c == '\r')
            {
                if (!isLong)
                {
                    throw Error("unterminated string: a line break comes before the closing quote (write \\r, or use a long string)");
                }

                Append('\r');
                Input.Advance();
            }
            else if (c == -1)
            {
                throw Error($"unterminated string: expected {quote} before the end of input");
            }
        }
    }

    private void ReadStringEscape()
    {
        var c = Input.Peek();
        char? simple = c switch
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
            Input.Advance();
            Append(s);
            return;
        }

        if (c is 'u' or 'U')
        {
            AppendCodePoint(ReadUnicodeEscape());
            return;
        }

        throw Expected("an escape (\\t \\b \\n \\r \\f \\\" \\' \\\\ \\u \\U)");
    }

    /// <summary>Reads <c>@tag</c>'s tag (the '@' consumed) and returns it in lower case.</summary>
    protected string ReadLanguageTag()
    {
        ClearScratch();
        var c = Input.Peek();
        if (!char.IsAsciiLetter((char)Math.Max(c, 0)))
        {
            throw Expected("a language tag after '@'");
        }

        while (c >= 0 && char.IsAsciiLetter((char)c))
        {
            Append((char)c);
            Input.Advance();
            c = Input.Peek();
        }

        while (c == '-')
        {
            var next = Input.PeekAt(1);
            if (next < 0 || !char.IsAsciiLetterOrDigit((char)next))
            {
                throw Error("a language subtag must follow '-'");
            }

            Append('-');
            Input.Advance();
            c = Input.Peek();
            while (c >= 0 && char.IsAsciiLetterOrDigit((char)c))
            {
                Append((char)c);
                Input.Advance();
                c = Input.Peek();
            }
        }

        var lookup = _languages.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(Scratch, out var tag))
        {
            tag = Scratch.ToString().ToLowerInvariant();
            if (_languages.Count < 4096)
            {
                _languages[Scratch.ToString()] = tag;
            }
        }

        return tag;
    }

    /// <summary>Reads a blank node label after <c>_:</c> (consumed) into the scratch buffer.</summary>
    protected void ReadBlankNodeLabel()
    {
        ClearScratch();
        var c = Input.Peek();
        if (c < 0 || !(IsPnCharsU((char)c) || char.IsAsciiDigit((char)c)))
        {
            throw Expected("a blank node label after '_:'");
        }

        AppendAdvance();
        while (true)
        {
            c = Input.Peek();
            if (c < 0)
            {
                return;
            }

            if (IsPnChars((char)c))
            {
                AppendAdvance();
            }
            else if (c == '.' && DotsContinuingName() is > 0 and var dots)
            {
                AppendDots(dots);
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>
    /// At a '.': the length of the run of dots if the name goes on after it (a name character
    /// follows), else 0. The caller consumes the whole run at once, so long runs stay linear.
    /// </summary>
    protected int DotsContinuingName(bool localName = false)
    {
        var k = 1;
        while (Input.PeekAt(k) == '.')
        {
            k++;
        }

        var next = Input.PeekAt(k);
        return next >= 0 && (IsPnChars((char)next) || (localName && next is ':' or '%' or '\\')) ? k : 0;
    }

    /// <summary>Appends and consumes a run of <paramref name="count"/> dots.</summary>
    protected void AppendDots(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Append('.');
        }

        Input.Advance(count);
    }

    /// <summary>Appends the current character (and its low surrogate, if any) and moves past it.</summary>
    protected void AppendAdvance()
    {
        var c = (char)Input.Peek();
        Append(c);
        Input.Advance();
        if (char.IsHighSurrogate(c))
        {
            var low = Input.Peek();
            if (low < 0 || !char.IsLowSurrogate((char)low))
            {
                throw Error("unpaired surrogate in a name");
            }

            Append((char)low);
            Input.Advance();
        }
    }

    /// <summary>Reads a blank node <c>_:label</c>, at its '_'.</summary>
    protected BlankNode ReadBlankNodeTerm()
    {
        Input.Advance();
        Expect(':', "':' after '_' (a blank node label)");
        ReadBlankNodeLabel();
        return BlankNodeFor(Scratch);
    }

    protected BlankNode BlankNodeFor(ReadOnlySpan<char> label)
    {
        var lookup = _blankNodes.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(label, out var node))
        {
            node = BlankNode.Fresh();
            _blankNodes[label.ToString()] = node;
        }

        return node;
    }

    protected static bool IsPnCharsBase(char c) =>
        char.IsAsciiLetter(c)
        || (c >= 0x00C0 && c <= 0x00D6)
        || (c >= 0x00D8 && c <= 0x00F6)
        || (c >= 0x00F8 && c <= 0x02FF)
        || (c >= 0x0370 && c <= 0x037D)
        || (c >= 0x037F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0xD800 && c <= 0xDB7F); // high surrogates of U+10000..U+EFFFF; the pair is checked when consumed

    protected static bool IsPnCharsU(char c) => c == '_' || IsPnCharsBase(c);

    protected static bool IsPnChars(char c) =>
        IsPnCharsU(c) || c == '-' || char.IsAsciiDigit(c) || c == 0x00B7 || (c >= 0x0300 && c <= 0x036F) || (c >= 0x203F && c <= 0x2040);

    protected string ScratchString() => Scratch.ToString();

    /// <summary>The scratch text for an error message, shortened so that a huge token does not make a huge message.</summary>
    protected string ScratchSnippet() => Scratch.Length <= 80 ? Scratch.ToString() : string.Concat(Scratch[..77], "...");
}
