namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// Turtle (RDF 1.1 Turtle) and TriG (RDF 1.1 TriG), by recursive descent. Each call parses one
/// statement (a directive, a triples statement, or the opening or closing of a graph block), so
/// memory stays bounded by the largest statement, not the document.
/// </summary>
internal sealed class TurtleReader : RdfTextParser
{
    private readonly bool _trig;
    private readonly List<Quad> _pending = [];
    private int _next;
    private string? _base;
    private bool _inGraphBlock;
    private Term? _graph;
    private int _depth;

    public TurtleReader(TextReader text, RdfReaderOptions options, bool trig)
        : base(text, options)
    {
        _trig = trig;
        _base = options.BaseIri;
    }

    public override string? BaseIri => _base;

    private string Syntax => _trig ? "TriG" : "Turtle";

    public override bool TryRead(out Quad quad)
    {
        while (_next >= _pending.Count)
        {
            _pending.Clear();
            _next = 0;
            if (!ParseStatement())
            {
                quad = default;
                return false;
            }
        }

        quad = _pending[_next++];
        return true;
    }

    private bool ParseStatement()
    {
        SkipWhitespace();
        var c = Input.Peek();
        if (c < 0)
        {
            if (_inGraphBlock)
            {
                throw Expected("'}' to close the graph block");
            }

            return false;
        }

        if (_inGraphBlock)
        {
            ParseStatementInGraphBlock(c);
        }
        else if (c == '@')
        {
            ParseAtDirective();
        }
        else if (IsKeyword("PREFIX"))
        {
            Input.Advance(6);
            ParsePrefixDeclaration(sparqlStyle: true);
        }
        else if (IsKeyword("BASE"))
        {
            Input.Advance(4);
            ParseBaseDeclaration(sparqlStyle: true);
        }
        else if (_trig)
        {
            ParseTrigBlock(c);
        }
        else
        {
            ParseTriples();
            SkipWhitespace();
            Expect('.', "'.' at the end of the triples");
        }

        return true;
    }

    private void ParseStatementInGraphBlock(int c)
    {
        if (c == '}')
        {
            Input.Advance();
            _inGraphBlock = false;
            _graph = null;
            return;
        }

        ParseTriples();
        SkipWhitespace();
        c = Input.Peek();
        if (c == '.')
        {
            Input.Advance();
        }
        else if (c != '}')
        {
            throw Expected("'.' or '}' after the triples");
        }
    }

    private void ParseTrigBlock(int c)
    {
        if (IsKeyword("GRAPH"))
        {
            Input.Advance(5);
            SkipWhitespace();
            var label = ReadGraphLabel();
            SkipWhitespace();
            OpenGraphBlock(label, "'{' after the graph name");
            return;
        }

        if (c == '{')
        {
            OpenGraphBlock(null, "'{'");
            return;
        }

        Term subject;
        if (c == '[' && IsAnon())
        {
            subject = ReadAnon();
        }
        else if (c is '[' or '(')
        {
            ParseTriples();
            SkipWhitespace();
            Expect('.', "'.' at the end of the triples");
            return;
        }
        else
        {
            subject = ReadIriOrBlankNode("a subject or graph name");
        }

        SkipWhitespace();
        if (Input.Peek() == '{')
        {
            OpenGraphBlock(subject, "'{'");
            return;
        }

        ParsePredicateObjectList(subject);
        SkipWhitespace();
        Expect('.', "'.' at the end of the triples");
    }

    private Term ReadGraphLabel()
    {
        if (Input.Peek() == '[')
        {
            if (!IsAnon())
            {
                throw Error("a graph name must be an IRI or blank node, not a blank node property list");
            }

            return ReadAnon();
        }

        return ReadIriOrBlankNode("a graph name (IRI or blank node)");
    }

    private void OpenGraphBlock(Term? graph, string expected)
    {
        Expect('{', expected);
        _inGraphBlock = true;
        _graph = graph;
    }

    private void ParseAtDirective()
    {
        if (Input.LookingAt("@prefix"))
        {
            Input.Advance(7);
            ParsePrefixDeclaration(sparqlStyle: false);
        }
        else if (Input.LookingAt("@base"))
        {
            Input.Advance(5);
            ParseBaseDeclaration(sparqlStyle: false);
        }
        else
        {
            throw Expected("@prefix or @base");
        }
    }

    private void ParsePrefixDeclaration(bool sparqlStyle)
    {
        SkipWhitespace();
        ReadPrefixName();
        var prefix = ScratchString();
        Expect(':', "':' after the prefix name");
        SkipWhitespace();
        var ns = ReadIriRefTerm();
        Prefixes.Set(prefix, ns.Value);
        if (!sparqlStyle)
        {
            SkipWhitespace();
            Expect('.', "'.' after the @prefix declaration");
        }
    }

    private void ParseBaseDeclaration(bool sparqlStyle)
    {
        SkipWhitespace();
        _base = ReadIriRefTerm().Value;
        if (!sparqlStyle)
        {
            SkipWhitespace();
            Expect('.', "'.' after the @base declaration");
        }
    }

    /// <summary>A keyword (ASCII case-insensitive) standing alone, not the start of a prefixed name.</summary>
    private bool IsKeyword(string keyword)
    {
        if (!Input.LookingAt(keyword, ignoreCase: true))
        {
            return false;
        }

        var after = Input.PeekAt(keyword.Length);
        return after < 0 || !(IsPnChars((char)after) || after is ':' or '.');
    }

    private void ParseTriples()
    {
        var c = Input.Peek();
        Term subject;
        if (c == '[')
        {
            if (IsAnon())
            {
                subject = ReadAnon();
            }
            else
            {
                subject = ReadBlankNodePropertyList();
                SkipWhitespace();
                if (Input.Peek() is '.' or '}' or -1)
                {
                    return;
                }
            }
        }
        else if (c == '(')
        {
            subject = ReadCollection();
        }
        else
        {
            subject = ReadIriOrBlankNode("a subject (IRI, blank node or collection)");
        }

        SkipWhitespace();
        ParsePredicateObjectList(subject);
    }

    private void ParsePredicateObjectList(Term subject)
    {
        while (true)
        {
            var predicate = ReadVerb();
            while (true)
            {
                SkipWhitespace();
                var obj = ReadObject();
                Emit(subject, predicate, obj);
                SkipWhitespace();
                if (Input.Peek() != ',')
                {
                    break;
                }

                Input.Advance();
            }

            if (Input.Peek() != ';')
            {
                return;
            }

            while (Input.Peek() == ';')
            {
                Input.Advance();
                SkipWhitespace();
            }

            if (Input.Peek() is '.' or ']' or '}' or -1)
            {
                return;
            }
        }
    }

    private Iri ReadVerb()
    {
        var c = Input.Peek();
        if (c == 'a')
        {
            var next = Input.PeekAt(1);
            var isName = next >= 0 && (IsPnChars((char)next) || next == ':' || (next == '.' && DotsContinuingName() > 0));
            if (!isName)
            {
                Input.Advance();
                return Vocab.Rdf.Type;
            }
        }

        if (c == '<')
        {
            return ReadIriRefTerm();
        }

        if (c == ':' || (c >= 0 && IsPnCharsBase((char)c)))
        {
            return ReadPrefixedName();
        }

        throw Expected("a predicate (IRI, prefixed name or 'a')");
    }

    private Term ReadObject()
    {
        var c = Input.Peek();
        switch (c)
        {
            case '<':
                return ReadIriRefTerm();
            case '_':
                return ReadBlankNodeTerm();
            case '[':
                return IsAnon() ? ReadAnon() : ReadBlankNodePropertyList();
            case '(':
                return ReadCollection();
            case '"' or '\'':
                return ReadRdfLiteral((char)c);
            case >= '0' and <= '9' or '+' or '-':
                return ReadNumber();
            case '.' when IsDigit(Input.PeekAt(1)):
                return ReadNumber();
            case ':':
                return ReadPrefixedName();
        }

        if (c >= 0 && IsPnCharsBase((char)c))
        {
            if (Input.LookingAt("true") && IsKeyword("true"))
            {
                Input.Advance(4);
                return Literal.Typed("true", Vocab.Xsd.Boolean);
            }

            if (Input.LookingAt("false") && IsKeyword("false"))
            {
                Input.Advance(5);
                return Literal.Typed("false", Vocab.Xsd.Boolean);
            }

            return ReadPrefixedName();
        }

        throw Expected("an object (IRI, blank node, collection or literal)");
    }

    private Term ReadIriOrBlankNode(string what)
    {
        var c = Input.Peek();
        if (c == '<')
        {
            return ReadIriRefTerm();
        }

        if (c == '_')
        {
            return ReadBlankNodeTerm();
        }

        if (c == ':' || (c >= 0 && IsPnCharsBase((char)c)))
        {
            return ReadPrefixedName();
        }

        if (c is '"' or '\'' || (c >= '0' && c <= '9'))
        {
            throw Error($"a literal cannot be {what[(what.IndexOf(' ') + 1)..]}");
        }

        throw Expected(what);
    }

    private Iri ReadIriRefTerm()
    {
        var start = Mark();
        ReadIriRef();
        var text = Scratch;
        if (IriReference.IsAbsolute(text) && !text.Contains("/.", StringComparison.Ordinal))
        {
            return Interner.Iri(text);
        }

        var resolved = IriReference.Resolve(_base, ScratchString());
        if (!IriReference.IsAbsolute(resolved))
        {
            throw ErrorAt(start, $"relative IRI <{resolved}> and no base IRI to resolve it against");
        }

        return Interner.Iri(resolved);
    }

    /// <summary>At '[': true if only white space stands before the matching ']'.</summary>
    private bool IsAnon()
    {
        var k = 1;
        while (true)
        {
            var c = Input.PeekAt(k);
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                k++;
            }
            else
            {
                return c == ']';
            }
        }
    }

    private BlankNode ReadAnon()
    {
        Input.Advance();
        SkipWhitespace();
        Expect(']', "']'");
        return BlankNode.Fresh();
    }

    private BlankNode ReadBlankNodePropertyList()
    {
        Enter();
        Input.Advance();
        var node = BlankNode.Fresh();
        SkipWhitespace();
        ParsePredicateObjectList(node);
        SkipWhitespace();
        Expect(']', "']' to close the blank node property list");
        _depth--;
        return node;
    }

    private Term ReadCollection()
    {
        Enter();
        Input.Advance();
        Term head = Vocab.Rdf.Nil;
        BlankNode? last = null;
        while (true)
        {
            SkipWhitespace();
            if (Input.Peek() == ')')
            {
                Input.Advance();
                break;
            }

            var cell = BlankNode.Fresh();
            if (last is null)
            {
                head = cell;
            }
            else
            {
                Emit(last, Vocab.Rdf.Rest, cell);
            }

            Emit(cell, Vocab.Rdf.First, ReadObject());
            last = cell;
        }

        if (last is not null)
        {
            Emit(last, Vocab.Rdf.Rest, Vocab.Rdf.Nil);
        }

        _depth--;
        return head;
    }

    private void Enter()
    {
        if (++_depth > MaxNesting)
        {
            throw Error($"nesting deeper than {MaxNesting} levels of '[' and '('");
        }
    }

    private Literal ReadRdfLiteral(char quote)
    {
        var isLong = Input.PeekAt(1) == quote && Input.PeekAt(2) == quote;
        Input.Advance(isLong ? 3 : 1);
        ReadStringBody(quote, isLong);
        var lexical = ScratchString();
        SkipWhitespace();
        var c = Input.Peek();
        if (c == '@')
        {
            Input.Advance();
            return Literal.LangString(lexical, ReadLanguageTag());
        }

        if (c == '^' && Input.PeekAt(1) == '^')
        {
            Input.Advance(2);
            SkipWhitespace();
            var datatype = Input.Peek() == '<' ? ReadIriRefTerm() : ReadPrefixedName();
            if (datatype.Equals(Vocab.Rdf.LangString))
            {
                throw Error("rdf:langString literals need a language tag, not a datatype");
            }

            return Literal.Typed(lexical, datatype);
        }

        return Literal.Simple(lexical);
    }

    private Literal ReadNumber()
    {
        ClearScratch();
        var c = Input.Peek();
        if (c is '+' or '-')
        {
            Append((char)c);
            Input.Advance();
        }

        var intDigits = ReadDigits();
        var datatype = Vocab.Xsd.Integer;
        var fracDigits = 0;
        if (Input.Peek() == '.' && IsDigit(Input.PeekAt(1)))
        {
            Append('.');
            Input.Advance();
            fracDigits = ReadDigits();
            datatype = Vocab.Xsd.Decimal;
        }
        else if (Input.Peek() == '.' && intDigits > 0 && IsExponentStart(1))
        {
            Append('.');
            Input.Advance();
        }

        if (intDigits + fracDigits == 0)
        {
            throw Expected("a number");
        }

        if (IsExponentStart(0))
        {
            Append((char)Input.Peek());
            Input.Advance();
            if (Input.Peek() is '+' or '-')
            {
                Append((char)Input.Peek());
                Input.Advance();
            }

            ReadDigits();
            datatype = Vocab.Xsd.Double;
        }

        return Literal.Typed(ScratchString(), datatype);
    }

    /// <summary>True if an exponent (e, optional sign, a digit) starts <paramref name="ahead"/> places on.</summary>
    private bool IsExponentStart(int ahead)
    {
        if (Input.PeekAt(ahead) is not ('e' or 'E'))
        {
            return false;
        }

        var next = Input.PeekAt(ahead + 1);
        return IsDigit(next) || (next is '+' or '-' && IsDigit(Input.PeekAt(ahead + 2)));
    }

    private int ReadDigits()
    {
        var n = 0;
        while (IsDigit(Input.Peek()))
        {
            Append((char)Input.Peek());
            Input.Advance();
            n++;
        }

        return n;
    }

    private static bool IsDigit(int c) => c >= '0' && c <= '9';

    /// <summary>Reads PN_PREFIX (possibly empty) into the scratch buffer; the ':' is not consumed.</summary>
    private void ReadPrefixName()
    {
        ClearScratch();
        var c = Input.Peek();
        if (c == ':')
        {
            return;
        }

        if (c < 0 || !IsPnCharsBase((char)c))
        {
            throw Expected("a prefix name");
        }

        AppendAdvance();
        while (true)
        {
            c = Input.Peek();
            if (c >= 0 && IsPnChars((char)c))
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

    private Iri ReadPrefixedName()
    {
        var start = Mark();
        ReadPrefixName();
        if (Input.Peek() != ':')
        {
            throw Error($"expected ':' after '{ScratchSnippet()}' (a prefixed name), found {Describe(Input.Peek())}");
        }

        if (!Prefixes.TryGetNamespace(Scratch, out var ns))
        {
            throw ErrorAt(start, $"undefined prefix '{ScratchSnippet()}:'");
        }

        Input.Advance();
        ClearScratch();
        Append(ns);
        ReadLocalName();
        return Interner.Iri(Scratch);
    }

    /// <summary>PN_LOCAL, appended to the scratch buffer with its escapes resolved.</summary>
    private void ReadLocalName()
    {
        var first = true;
        while (true)
        {
            var c = Input.Peek();
            if (c < 0)
            {
                return;
            }

            var ch = (char)c;
            if (first ? IsPnCharsU(ch) || ch == ':' || char.IsAsciiDigit(ch) : IsPnChars(ch) || ch == ':')
            {
                AppendAdvance();
            }
            else if (ch == '%')
            {
                if (HexValue(Input.PeekAt(1)) < 0 || HexValue(Input.PeekAt(2)) < 0)
                {
                    throw Error("'%' in a local name must be followed by two hexadecimal digits");
                }

                Append('%');
                Append((char)Input.PeekAt(1));
                Append((char)Input.PeekAt(2));
                Input.Advance(3);
            }
            else if (ch == '\\')
            {
                var escaped = Input.PeekAt(1);
                if (escaped < 0 || "_~.-!$&'()*+,;=/?#@%".IndexOf((char)escaped) < 0)
                {
                    throw Error($"'\\{(escaped < 0 ? string.Empty : ((char)escaped).ToString())}' is not an escape allowed in a local name");
                }

                Append((char)escaped);
                Input.Advance(2);
            }
            else if (ch == '.' && !first && DotsContinuingName(localName: true) is > 0 and var dots)
            {
                AppendDots(dots);
            }
            else
            {
                return;
            }

            first = false;
        }
    }

    private void Emit(Term subject, Iri predicate, Term obj) => _pending.Add(new Quad(subject, predicate, obj, _graph));

    private void SkipWhitespace()
    {
        while (true)
        {
            switch (Input.Peek())
            {
                case ' ' or '\t' or '\r':
                    Input.Advance();
                    break;
                case '\n':
                    Input.AdvanceCounting();
                    break;
                case '#':
                    while (Input.Peek() is not ('\n' or -1))
                    {
                        Input.Advance();
                    }

                    break;
                default:
                    return;
            }
        }
    }
}
