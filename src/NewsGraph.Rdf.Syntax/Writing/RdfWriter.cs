namespace NewsGraph.Rdf.Syntax;

/// <summary>
/// Writes quads in one RDF syntax. The line-based syntaxes stream; Turtle and TriG collect the
/// quads and lay them out when the writer is finished (disposed), since grouping by subject and
/// nesting blank nodes needs the whole graph.
/// </summary>
public abstract class RdfWriter : IDisposable
{
    private bool _finished;

    private protected RdfWriter(TextWriter output, RdfWriterOptions options)
    {
        Output = output;
        Options = options;
    }

    private protected TextWriter Output { get; }

    private protected RdfWriterOptions Options { get; }

    public static RdfWriter Create(TextWriter output, RdfFormat format, RdfWriterOptions? options = null)
    {
        options ??= new RdfWriterOptions();
        return format switch
        {
            RdfFormat.NTriples => new Writing.NTriplesWriter(output, options, quads: false),
            RdfFormat.NQuads => new Writing.NTriplesWriter(output, options, quads: true),
            RdfFormat.Turtle => new Writing.TurtleWriter(output, options, trig: false),
            RdfFormat.TriG => new Writing.TurtleWriter(output, options, trig: true),
            RdfFormat.RdfXml => new Writing.RdfXmlWriter(output, options),
            RdfFormat.JsonLd => new Writing.JsonLdWriter(output, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>Writes a whole dataset to a string.</summary>
    public static string WriteToString(IEnumerable<Quad> quads, RdfFormat format, RdfWriterOptions? options = null)
    {
        var sw = new StringWriter();
        using (var writer = Create(sw, format, (options ?? new RdfWriterOptions()) with { LeaveOpen = true }))
        {
            writer.WriteAll(quads);
        }

        return sw.ToString();
    }

    /// <summary>Writes a quad. Formats without named graphs reject a quad outside the default graph.</summary>
    public abstract void Write(Quad quad);

    public void Write(Triple triple) => Write(triple.InGraph(null));

    public void WriteAll(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            Write(q);
        }
    }

    /// <summary>Writes anything still held back and flushes; called by Dispose.</summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        WriteRemaining();
        Output.Flush();
    }

    public void Dispose()
    {
        Finish();
        if (!Options.LeaveOpen)
        {
            Output.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    private protected virtual void WriteRemaining()
    {
    }

    private protected static InvalidOperationException NamedGraphNotSupported(string format) =>
        new($"{format} has no named graphs; write to N-Quads or TriG to keep graph names");
}
