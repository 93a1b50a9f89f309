using Microsoft.Extensions.Primitives;
using NewsGraph.Server.Http;

namespace NewsGraph.Server.Protocol;

/// <summary>
/// One SPARQL 1.1 Protocol operation as sent: the query or update text and the dataset parameters,
/// from the URL (GET, and POST with a direct body) or the form (POST url-encoded).
/// </summary>
internal sealed record ProtocolRequest(string? Text, IReadOnlyList<string> DefaultGraphs, IReadOnlyList<string> NamedGraphs)
{
    public const string FormType = "application/x-www-form-urlencoded";

    /// <summary>
    /// Reads the operation. <paramref name="parameter"/> is "query" or "update", <paramref name="directType"/> the
    /// media type of a direct POST body, and the graph parameters are named by <paramref name="graphParameters"/>.
    /// </summary>
    public static async Task<ProtocolRequest> Read(HttpRequest request, string parameter, string directType, (string Default, string Named) graphParameters)
    {
        if (HttpMethods.IsGet(request.Method))
        {
            return FromValues(request.Query, parameter, graphParameters);
        }

        var contentType = (request.ContentType ?? string.Empty).Split(';')[0].Trim();
        if (contentType.Equals(FormType, StringComparison.OrdinalIgnoreCase))
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return FromValues(form, parameter, graphParameters);
        }

        if (contentType.Equals(directType, StringComparison.OrdinalIgnoreCase))
        {
            if (request.Query.ContainsKey(parameter))
            {
                throw ProtocolException.BadRequest($"a {directType} body carries the {parameter} itself; do not also give '{parameter}' in the URL");
            }

            using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8);
            var text = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            var fromUrl = FromValues(request.Query, parameter, graphParameters);
            return fromUrl with { Text = text };
        }

        throw new ProtocolException(
            StatusCodes.Status415UnsupportedMediaType,
            $"a POST carries the {parameter} as {FormType} ({parameter}=...) or as {directType}, not '{(contentType.Length == 0 ? "no content type" : contentType)}'");
    }

    private static ProtocolRequest FromValues(IEnumerable<KeyValuePair<string, StringValues>> values, string parameter, (string Default, string Named) graphParameters)
    {
        var all = values.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        string? text = null;
        if (all.TryGetValue(parameter, out var texts))
        {
            if (texts.Count > 1)
            {
                throw ProtocolException.BadRequest($"'{parameter}' is given {texts.Count} times; send one {parameter} per request");
            }

            text = texts[0];
        }

        return new ProtocolRequest(text, Graphs(all, graphParameters.Default), Graphs(all, graphParameters.Named));
    }

    private static string[] Graphs(Dictionary<string, StringValues> values, string name)
    {
        if (!values.TryGetValue(name, out var graphs))
        {
            return [];
        }

        foreach (var g in graphs)
        {
            if (!Uri.TryCreate(g, UriKind.Absolute, out _))
            {
                throw ProtocolException.BadRequest($"{name} '{g}' is not an absolute IRI");
            }
        }

        return [.. graphs.OfType<string>()];
    }
}
