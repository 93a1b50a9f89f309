namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// N-Triples (RDF 1.1 N-Triples) and N-Quads (RDF 1.1 N-Quads): one statement per line,
/// absolute IRIs only.
/// </summary>
internal sealed class NTriplesReader : RdfTextParser
{
    private readonly bool _quads;

    public NTriplesReader(TextReader text, RdfReaderOptions options, bool quads)
        : base(text, options)
    {
        _quads = quads;
    }

    public override string? BaseIri => null;

    public override bool TryRead(out Quad quad)
    {
        SkipBlankLines();
        if (Input.Peek() < 0)
        {
            quad = default;
            return false;
        }

        var subject = ReadSubject();
        SkipSpaces();
        if (Input.Peek() != '<')
        {
            throw Expected("a predicate IRI");
        }

        var predicate = ReadIri();
        SkipSpaces();
        var obj = ReadObject();
        SkipSpaces();
        Term? graph = null;
        if (_quads && Input.Peek() is '<' or '_')
        {
            graph = ReadSubject();
            SkipSpaces();
        }

        if (Input.Peek() != '.')
        {
            throw Expected(_quads && graph is null ? "a graph name or '.'" : "'.' at the end of the statement");
        }

        Input.Advance();
        SkipSpaces();
        var c = Input.Peek();
        if (c == '#')
        {
            SkipComment();
            c = Input.Peek();
        }

        if (c is not ('\n' or '\r' or -1))
        {
            throw Expected("the end of the line after '.'");
        }

        quad = new Quad(subject, predicate, obj, graph);
        return true;
    }

    private Term ReadSubject() => Input.Peek() switch
    {
        '<' => ReadIri(),
        '_' => ReadBlankNodeTerm(),
        _ => throw Expected(_quads ? "an IRI or blank node" : "a subject (IRI or blank node)"),
    };

    private Term ReadObject() => Input.Peek() switch
    {
        '<' => ReadIri(),
        '_' => ReadBlankNodeTerm(),
        '"' => ReadLiteral(),
        _ => throw Expected("an object (IRI, blank node or literal)"),
    };

    private Iri ReadIri()
    {
        var start = Mark();
        ReadIriRef();
        if (!IriReference.IsAbsolute(Scratch))
        {
            throw ErrorAt(start, $"relative IRI <{ScratchSnippet()}>: N-Triples and N-Quads need absolute IRIs");
        }

        return Interner.Iri(Scratch);
    }

    private Literal ReadLiteral()
    {
        Input.Advance();
        ReadStringBody('"', isLong: false);
        var lexical = ScratchString();
        SkipSpaces();
        var c = Input.Peek();
        if (c == '@')
        {
            Input.Advance();
            return Literal.LangString(lexical, ReadLanguageTag());
        }

        if (c == '^')
        {
            Input.Advance();
            Expect('^', "'^^' before a datatype IRI");
            SkipSpaces();
            if (Input.Peek() != '<')
            {
                throw Expected("a datatype IRI");
            }

            var datatype = ReadIri();
            if (datatype.Equals(Vocab.Rdf.LangString))
            {
                throw Error("rdf:langString literals need a language tag, not a datatype");
            }

            return Literal.Typed(lexical, datatype);
        }

        return Literal.Simple(lexical);
    }

    private void SkipSpaces()
    {
        while (Input.Peek() is ' ' or '\t')
        {
            Input.Advance();
        }
    }

    private void SkipComment()
    {
        while (Input.Peek() is not ('\n' or '\r' or -1))
        {
            Input.Advance();
        }
    }

    private void SkipBlankLines()
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
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }
}
