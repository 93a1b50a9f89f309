using Microsoft.AspNetCore.Http.Features;

namespace NewsGraph.Server.Http;

/// <summary>
/// Writes a response body with the synchronous writers of the RDF and results libraries. They pull
/// results from the engine as they write, so the body streams in constant memory; the 64 KiB buffer
/// keeps the synchronous socket writes few and large.
/// </summary>
internal static class StreamingBody
{
    private const int BufferChars = 1 << 16;

    public static async Task Write(HttpContext http, string mediaType, Action<TextWriter> write)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = ResponseFormats.ContentType(mediaType);
        http.Response.Headers.Vary = "Accept";
        if (HttpMethods.IsHead(http.Request.Method))
        {
            return;
        }

        http.Features.GetRequiredFeature<IHttpBodyControlFeature>().AllowSynchronousIO = true;
        await using (var writer = new StreamWriter(http.Response.Body, new System.Text.UTF8Encoding(false), BufferChars, leaveOpen: true))
        {
            write(writer);
        }

        await http.Response.CompleteAsync();
    }

    /// <summary>
    /// Computes the first element before anything is sent, so that a query that fails at once (a
    /// timeout while sorting, a refused SERVICE) is still answered with its own status.
    /// </summary>
    public static IEnumerable<T> StartEarly<T>(IEnumerable<T> items)
    {
        var e = items.GetEnumerator();
        try
        {
            var any = e.MoveNext();
            return Rest(e, any);
        }
        catch
        {
            e.Dispose();
            throw;
        }

        static IEnumerable<T> Rest(IEnumerator<T> e, bool any)
        {
            using (e)
            {
                if (!any)
                {
                    yield break;
                }

                yield return e.Current;
                while (e.MoveNext())
                {
                    yield return e.Current;
                }
            }
        }
    }
}
