using System.Net.Http.Headers;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Server.Federation;

/// <summary>
/// Runs SERVICE calls for the engine, to the endpoints given with <c>--allow-service</c> only: a
/// query must not make the server fetch arbitrary URLs on its behalf.
/// </summary>
internal sealed class RemoteServices
{
    private readonly HashSet<string> _allowed;
    private readonly HttpClient _client;

    public RemoteServices(IReadOnlyList<Uri> allowed, HttpMessageHandler? handler = null)
    {
        _allowed = allowed.Select(u => u.AbsoluteUri).ToHashSet(StringComparer.Ordinal);
        _client = new HttpClient(handler ?? new SocketsHttpHandler(), disposeHandler: handler is null);
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ResultsFormat.Json.MediaType()));
        _client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(ResultsFormat.Xml.MediaType(), 0.9));
    }

    /// <summary>The engine's hook, or null when no endpoint is allowed (SERVICE is then refused by the engine itself).</summary>
    public RemoteSelect? Hook => _allowed.Count == 0 ? null : Run;

    private ParsedResults Run(Iri endpoint, string query, CancellationToken cancellation)
    {
        if (!Uri.TryCreate(endpoint.Value, UriKind.Absolute, out var uri) || !_allowed.Contains(uri.AbsoluteUri))
        {
            throw new NotSupportedException($"SERVICE <{endpoint.Value}> is not allowed: this server calls only {string.Join(", ", _allowed.Select(a => $"<{a}>"))} (--allow-service)");
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(query, System.Text.Encoding.UTF8, "application/sparql-query") };
            using var response = _client.Send(request, HttpCompletionOption.ResponseHeadersRead, cancellation);
            using var body = new StreamReader(response.Content.ReadAsStream(cancellation));
            if (!response.IsSuccessStatusCode)
            {
                var text = body.ReadToEnd();
                throw new SparqlServiceException($"SERVICE <{endpoint.Value}> answered {(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)].Trim()}");
            }

            var contentType = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
            if (!ResultsFormats.TryFromMediaType(contentType, out var format))
            {
                throw new SparqlServiceException($"SERVICE <{endpoint.Value}> answered '{contentType}', which is not a SPARQL results format");
            }

            return SparqlResultsReader.Read(body, format);
        }
        catch (Exception e) when (e is HttpRequestException or FormatException or IOException)
        {
            throw new SparqlServiceException($"SERVICE <{endpoint.Value}> failed: {e.Message}", e);
        }
    }
}
