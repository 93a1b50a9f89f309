namespace NewsGraph.Sparql.Results;

/// <summary>Names, file extensions and media types of the <see cref="ResultsFormat"/>s.</summary>
public static class ResultsFormats
{
    private static readonly (ResultsFormat Format, string Extension, string MediaType)[] Table =
    [
        (ResultsFormat.Json, ".srj", "application/sparql-results+json"),
        (ResultsFormat.Xml, ".srx", "application/sparql-results+xml"),
        (ResultsFormat.Csv, ".csv", "text/csv"),
        (ResultsFormat.Tsv, ".tsv", "text/tab-separated-values"),
    ];

    private static readonly Dictionary<string, ResultsFormat> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = ResultsFormat.Json,
        ["srj"] = ResultsFormat.Json,
        ["xml"] = ResultsFormat.Xml,
        ["srx"] = ResultsFormat.Xml,
        ["csv"] = ResultsFormat.Csv,
        ["tsv"] = ResultsFormat.Tsv,
    };

    // The generic JSON and XML types are accepted too, as Jena and Oxigraph do, so that a client
    // asking for plain application/json still gets an answer it can read.
    private static readonly Dictionary<string, ResultsFormat> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/sparql-results+json"] = ResultsFormat.Json,
        ["application/json"] = ResultsFormat.Json,
        ["text/json"] = ResultsFormat.Json,
        ["application/sparql-results+xml"] = ResultsFormat.Xml,
        ["application/xml"] = ResultsFormat.Xml,
        ["text/xml"] = ResultsFormat.Xml,
        ["text/csv"] = ResultsFormat.Csv,
        ["text/tab-separated-values"] = ResultsFormat.Tsv,
        ["text/tsv"] = ResultsFormat.Tsv,
    };

    /// <summary>The names <see cref="TryParseName"/> accepts, for help texts.</summary>
    public static string NameList => "json (srj), xml (srx), csv, tsv";

    /// <summary>The registered media type, without parameters.</summary>
    public static string MediaType(this ResultsFormat format) => Row(format).MediaType;

    /// <summary>The usual file extension, with its dot: .srj, .srx, .csv or .tsv.</summary>
    public static string Extension(this ResultsFormat format) => Row(format).Extension;

    /// <summary>A format from its short name or extension (json, srj, xml, srx, csv, tsv), any case, a leading dot allowed.</summary>
    public static bool TryParseName(string name, out ResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Names.TryGetValue(name.Trim().TrimStart('.'), out format);
    }

    /// <summary>The format a file's extension names.</summary>
    public static bool TryFromPath(string path, out ResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(path);
        var ext = Path.GetExtension(path);
        format = default;
        return ext.Length > 1 && TryParseName(ext, out format);
    }

    /// <summary>
    /// The format of a media type as found in a Content-Type or one entry of an Accept header:
    /// parameters such as <c>charset</c> or <c>q</c> are ignored, and so is case.
    /// </summary>
    public static bool TryFromMediaType(string mediaType, out ResultsFormat format)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        var span = mediaType.AsSpan();
        var semicolon = span.IndexOf(';');
        if (semicolon >= 0)
        {
            span = span[..semicolon];
        }

        return MediaTypes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span.Trim(), out format);
    }

    private static (ResultsFormat Format, string Extension, string MediaType) Row(ResultsFormat format)
    {
        foreach (var row in Table)
        {
            if (row.Format == format)
            {
                return row;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(format), format, "not a results format");
    }
}
