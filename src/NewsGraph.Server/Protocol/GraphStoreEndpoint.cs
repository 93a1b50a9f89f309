using NewsGraph.Rdf.Syntax;
using NewsGraph.Server.Http;
using NewsGraph.Store;

namespace NewsGraph.Server.Protocol;

/// <summary>
/// The SPARQL 1.1 Graph Store HTTP Protocol at <c>/data</c> (indirect identification): <c>?graph=IRI</c>
/// names a graph, <c>?default</c> the default graph. GET and HEAD read it (without either, the whole
/// dataset in a quad format); PUT replaces it, POST adds to it, DELETE drops it, with the write token.
/// </summary>
internal static class GraphStoreEndpoint
{
    public const string Path = "/data";

    private static readonly RdfFormat[] Readable = [RdfFormat.Turtle, RdfFormat.NTriples, RdfFormat.RdfXml];

    public static void Map(WebApplication app, ServerContext context)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Head], Problems.Guard(http => Read(http, context)));
        app.MapMethods(Path, [HttpMethods.Put, HttpMethods.Post], Problems.Guard(http => Write(http, context)));
        app.MapDelete(Path, Problems.Guard(http => Delete(http, context)));
    }

    private static async Task Read(HttpContext http, ServerContext context)
    {
        var target = GraphTarget.Of(http.Request, wholeDatasetAllowed: true);
        var mediaType = QueryEndpoint.Negotiate(http, target.IsDataset ? ResponseFormats.Datasets : ResponseFormats.Graphs, target.IsDataset ? "the whole dataset" : "a graph");
        using var session = context.Dataset.BeginRead();
        var store = session.Store;
        if (!target.IsDataset && target.Id(store) is not { } id)
        {
            throw NotFound(target);
        }

        var graph = target.IsDataset ? TermIds.None : target.Id(store)!.Value;
        ResponseFormats.TryRdfFormatOf(mediaType, out var format);
        await StreamingBody.Write(http, mediaType, output =>
        {
            using var writer = RdfWriter.Create(output, format, new RdfWriterOptions { LeaveOpen = true });
            foreach (var q in store.Match(0, 0, 0, graph))
            {
                var name = q.G == TermIds.DefaultGraph || !target.IsDataset ? null : store.Decode(q.G);
                writer.Write(new Quad(store.Decode(q.S), (Iri)store.Decode(q.P), store.Decode(q.O), name));
            }
        });
    }

    private static async Task Write(HttpContext http, ServerContext context)
    {
        WriteAccess.Demand(http, context.Options);
        var target = GraphTarget.Of(http.Request, wholeDatasetAllowed: false);
        var triples = await ReadBody(http.Request);
        var replace = HttpMethods.IsPut(http.Request.Method);
        var created = WriteTransaction.Run(context.Dataset, store =>
        {
            var existed = target.Exists(store);
            if (replace && existed)
            {
                Clear(store, target);
            }

            if (target.Name is { } name)
            {
                store.CreateGraph(name);
            }

            foreach (var t in triples)
            {
                store.Add(t.InGraph(target.Name));
            }

            return !existed;
        });
        http.Response.StatusCode = created ? StatusCodes.Status201Created : StatusCodes.Status204NoContent;
    }

    private static Task Delete(HttpContext http, ServerContext context)
    {
        WriteAccess.Demand(http, context.Options);
        var target = GraphTarget.Of(http.Request, wholeDatasetAllowed: false);
        var existed = WriteTransaction.Run(context.Dataset, store =>
        {
            if (!target.Exists(store))
            {
                return false;
            }

            Clear(store, target);
            return true;
        });
        if (!existed)
        {
            throw NotFound(target);
        }

        http.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>Empties the target: a named graph is dropped, the default graph loses its triples.</summary>
    private static void Clear(IQuadStore store, GraphTarget target)
    {
        if (target.Name is { } name)
        {
            store.DropGraph(name);
            return;
        }

        foreach (var q in store.Match(0, 0, 0, TermIds.DefaultGraph).ToList())
        {
            store.Remove(new Quad(store.Decode(q.S), (Iri)store.Decode(q.P), store.Decode(q.O), null));
        }
    }

    /// <summary>The whole body parsed before the transaction starts, so that a syntax error changes nothing.</summary>
    private static async Task<List<Triple>> ReadBody(HttpRequest request)
    {
        if (!ResponseFormats.TryRdfFormatOf(request.ContentType, out var format) || !Readable.Contains(format))
        {
            throw new ProtocolException(
                StatusCodes.Status415UnsupportedMediaType,
                $"cannot read '{request.ContentType ?? "no content type"}'; send {string.Join(", ", Readable.Select(f => f.MediaType()))}");
        }

        using var text = new StreamReader(request.Body, System.Text.Encoding.UTF8);
        var body = await text.ReadToEndAsync(request.HttpContext.RequestAborted);
        using var reader = RdfReader.Create(new StringReader(body), format, new RdfReaderOptions { SourceName = "request body" });
        return [.. reader.ReadAll().Select(q => q.Triple)];
    }

    private static ProtocolException NotFound(GraphTarget target) =>
        new(StatusCodes.Status404NotFound, $"no graph {target.Name} in the store");
}
