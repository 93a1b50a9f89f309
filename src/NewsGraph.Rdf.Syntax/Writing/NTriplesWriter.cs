using System.Text;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>N-Triples and N-Quads, one statement per line, streamed.</summary>
internal sealed class NTriplesWriter : RdfWriter
{
    private readonly bool _quads;
    private readonly StringBuilder _line = new(256);
    private readonly BlankNodeLabels _labels = new(relabelAll: false);

    public NTriplesWriter(TextWriter output, RdfWriterOptions options, bool quads)
        : base(output, options)
    {
        _quads = quads;
    }

    public override void Write(Quad quad)
    {
        if (!_quads && quad.Graph is not null)
        {
            throw NamedGraphNotSupported("N-Triples");
        }

        _line.Clear();
        AppendTerm(quad.Subject);
        _line.Append(' ');
        NTriplesText.AppendIri(_line, quad.Predicate.Value);
        _line.Append(' ');
        AppendTerm(quad.Obj);
        if (quad.Graph is not null)
        {
            _line.Append(' ');
            AppendTerm(quad.Graph);
        }

        _line.Append(" .\n");
        foreach (var chunk in _line.GetChunks())
        {
            Output.Write(chunk.Span);
        }
    }

    private void AppendTerm(Term term)
    {
        if (term is BlankNode b)
        {
            _line.Append("_:").Append(_labels.LabelOf(b));
        }
        else
        {
            NTriplesText.AppendTerm(_line, term);
        }
    }
}
