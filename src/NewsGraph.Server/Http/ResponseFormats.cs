using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Server.Http;

/// <summary>The media types the server writes and reads, each list in the order of preference used when a client accepts anything.</summary>
internal static class ResponseFormats
{
    /// <summary>SELECT and ASK results; the generic JSON and XML types are answered too, in the same formats.</summary>
    public static readonly IReadOnlyList<string> Results =
    [
        ResultsFormat.Json.MediaType(), ResultsFormat.Xml.MediaType(), ResultsFormat.Csv.MediaType(), ResultsFormat.Tsv.MediaType(),
        "application/json", "application/xml", "text/xml",
    ];

    /// <summary>Graphs (CONSTRUCT, DESCRIBE, the service description, one graph of the store): Turtle first because people read it.</summary>
    public static readonly IReadOnlyList<string> Graphs =
    [
        .. new[] { RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.NQuads, RdfFormat.TriG, RdfFormat.JsonLd, RdfFormat.RdfXml }.Select(f => f.MediaType()),
    ];

    /// <summary>A whole dataset needs a format with named graphs.</summary>
    public static readonly IReadOnlyList<string> Datasets =
    [
        .. new[] { RdfFormat.TriG, RdfFormat.NQuads, RdfFormat.JsonLd }.Select(f => f.MediaType()),
    ];

    public static ResultsFormat ResultsFormatOf(string mediaType) =>
        ResultsFormats.TryFromMediaType(mediaType, out var format) ? format : throw new ArgumentOutOfRangeException(nameof(mediaType), mediaType, "not a results media type");

    /// <summary>The RDF syntax of a media type, as in a Content-Type header (parameters ignored); false for anything else.</summary>
    public static bool TryRdfFormatOf(string? mediaType, out RdfFormat format)
    {
        var bare = (mediaType ?? string.Empty).Split(';')[0].Trim();
        foreach (var candidate in Enum.GetValues<RdfFormat>())
        {
            if (candidate.MediaType().Equals(bare, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    /// <summary>The header value for a chosen type: text is always UTF-8.</summary>
    public static string ContentType(string mediaType) => mediaType + "; charset=utf-8";
}
