namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// A forward-only window on character input with arbitrary (bounded by memory) look-ahead and
/// line/column tracking. Parsers consume characters directly from the buffer; nothing is kept
/// behind the read position, so memory stays constant however long the input is.
/// </summary>
internal sealed class TextInput
{
    private readonly TextReader _reader;
    private char[] _buf;
    private int _pos;
    private int _end;
    private bool _eof;
    private long _bufStart;
    private long _lineStart;

    private readonly string? _sourceName;

    public TextInput(TextReader reader, string? sourceName, int bufferSize = 1 << 16)
    {
        _reader = reader;
        _sourceName = sourceName;
        _buf = new char[bufferSize];
    }

    public int Line { get; private set; } = 1;

    public int Column => (int)(_bufStart + _pos - _lineStart + 1);

    /// <summary>The characters buffered from the read position on (may be empty before the end).</summary>
    public ReadOnlySpan<char> Window => _buf.AsSpan(_pos, _end - _pos);

    /// <summary>The character at the read position, or -1 at the end of input.</summary>
    public int Peek()
    {
        if (_pos < _end)
        {
            return _buf[_pos];
        }

        return Fill(1) ? _buf[_pos] : -1;
    }

    /// <summary>The character <paramref name="ahead"/> places after the read position, or -1.</summary>
    public int PeekAt(int ahead)
    {
        if (_pos + ahead < _end)
        {
            return _buf[_pos + ahead];
        }

        return Fill(ahead + 1) ? _buf[_pos + ahead] : -1;
    }

    /// <summary>Moves past characters already seen with Peek; they must not include a line feed.</summary>
    public void Advance(int count = 1) => _pos += count;

    /// <summary>Moves past one character that may be a line feed, keeping the line count.</summary>
    public void AdvanceCounting()
    {
        if (_buf[_pos] == '\n')
        {
            Line++;
            _lineStart = _bufStart + _pos + 1;
        }

        _pos++;
    }

    /// <summary>True if the next characters are <paramref name="text"/> (ordinal, or ASCII case-insensitive).</summary>
    public bool LookingAt(string text, bool ignoreCase = false)
    {
        if (_end - _pos < text.Length && !Fill(text.Length))
        {
            return false;
        }

        var span = _buf.AsSpan(_pos, text.Length);
        return ignoreCase ? span.Equals(text, StringComparison.OrdinalIgnoreCase) : span.SequenceEqual(text);
    }

    /// <summary>Makes sure at least <paramref name="count"/> characters are buffered; false if the input ends first.</summary>
    public bool Fill(int count)
    {
        if (_end - _pos >= count)
        {
            return true;
        }

        if (_eof)
        {
            return false;
        }

        if (_pos > 0)
        {
            var remaining = _end - _pos;
            Array.Copy(_buf, _pos, _buf, 0, remaining);
            _bufStart += _pos;
            _pos = 0;
            _end = remaining;
        }

        if (count > _buf.Length)
        {
            Array.Resize(ref _buf, Math.Max(count, _buf.Length * 2));
        }

        while (_end - _pos < count)
        {
            int read;
            try
            {
                read = _reader.Read(_buf, _end, _buf.Length - _end);
            }
            catch (System.Text.DecoderFallbackException e)
            {
                _pos = _end;
                throw new RdfSyntaxException(_sourceName, Line, Column, $"the input is not valid UTF-8 ({e.Message})");
            }

            if (read <= 0)
            {
                _eof = true;
                return false;
            }

            _end += read;
        }

        return true;
    }
}
