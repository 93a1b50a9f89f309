using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;

namespace NewsGraph.Server.Http;

/// <summary>
/// Failures a client can cause or should hear about, answered as a status and a plain-text message.
/// Once a response has started streaming its status cannot change, so a failure then aborts the
/// connection: the client sees a broken response rather than a silently truncated one.
/// </summary>
internal static class Problems
{
    public static async Task Write(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(message.EndsWith('\n') ? message : message + "\n", http.RequestAborted);
    }

    /// <summary>The status for an exception a request can cause; 0 for anything else (a bug, answered by the host with 500).</summary>
    public static int StatusOf(Exception e) => e switch
    {
        ProtocolException p => p.Status,
        SparqlSyntaxException or RdfSyntaxException or SparqlUpdateException or NotSupportedException => StatusCodes.Status400BadRequest,
        SparqlLimitException => StatusCodes.Status400BadRequest,
        SparqlTimeoutException => StatusCodes.Status503ServiceUnavailable,
        SparqlServiceException => StatusCodes.Status502BadGateway,
        _ => 0,
    };

    /// <summary>Runs a handler and answers the failures <see cref="StatusOf"/> knows.</summary>
    public static RequestDelegate Guard(RequestDelegate handler) => async http =>
    {
        try
        {
            await handler(http);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception e) when (StatusOf(e) is var status and > 0)
        {
            if (http.Response.HasStarted)
            {
                http.Abort();
                return;
            }

            await Write(http, status, Describe(e));
        }
    };

    private static string Describe(Exception e) => e switch
    {
        SparqlSyntaxException s => $"invalid SPARQL: {s.Message}",
        SparqlTimeoutException => $"query timed out: {e.Message}",
        _ => e.Message,
    };
}

/// <summary>A request the protocol refuses (a missing or repeated parameter, an unknown content type, no write access…), with its status.</summary>
internal sealed class ProtocolException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ProtocolException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
