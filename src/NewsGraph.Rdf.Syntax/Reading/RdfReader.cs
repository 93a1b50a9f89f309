using System.IO.Compression;
using System.Text;

namespace NewsGraph.Rdf.Syntax;

/// <summary>
/// A pull parser for one RDF document: each <see cref="TryRead"/> yields the next quad, so any
/// size of input is read in constant memory. Syntax errors throw <see cref="RdfSyntaxException"/>.
/// </summary>
public abstract class RdfReader : IDisposable
{
    private readonly TextReader _text;

    private protected RdfReader(TextReader text) => _text = text;

    /// <summary>The prefixes declared so far (Turtle and TriG).</summary>
    public PrefixMap Prefixes { get; } = new();

    /// <summary>The base IRI in force at the current position.</summary>
    public abstract string? BaseIri { get; }

    public static RdfReader Create(TextReader text, RdfFormat format, RdfReaderOptions? options = null)
    {
        options ??= new RdfReaderOptions();
        return format switch
        {
            RdfFormat.NTriples => new Reading.NTriplesReader(text, options, quads: false),
            RdfFormat.NQuads => new Reading.NTriplesReader(text, options, quads: true),
            RdfFormat.Turtle => new Reading.TurtleReader(text, options, trig: false),
            RdfFormat.TriG => new Reading.TurtleReader(text, options, trig: true),
            RdfFormat.RdfXml => new Reading.RdfXmlReader(text, options),
            RdfFormat.JsonLd => throw new NotSupportedException("Reading JSON-LD is not supported; JSON-LD can only be written."),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    /// <summary>Opens a file (gzip-compressed if its name ends in <c>.gz</c>) as UTF-8 text.</summary>
    public static TextReader OpenText(string path)
    {
        Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new BufferedStream(new GZipStream(stream, CompressionMode.Decompress), 1 << 16);
        }

        return new StreamReader(stream, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    /// <summary>Reads a whole document into memory.</summary>
    public static Dataset Load(TextReader text, RdfFormat format, RdfReaderOptions? options = null)
    {
        using var reader = Create(text, format, options);
        return new Dataset(reader.ReadAll());
    }

    /// <summary>Reads the next quad; false at the end of the document.</summary>
    public abstract bool TryRead(out Quad quad);

    public IEnumerable<Quad> ReadAll()
    {
        while (TryRead(out var q))
        {
            yield return q;
        }
    }

    public void Dispose()
    {
        _text.Dispose();
        GC.SuppressFinalize(this);
    }
}
