using System.Security.Cryptography;
using System.Text;

namespace NewsGraph.Server.Http;

/// <summary>
/// The one rule for every write (update, graph store, article ingest): the server must have a token
/// and not be read-only, and the request must carry that token as <c>Authorization: Bearer</c>.
/// </summary>
internal static class WriteAccess
{
    public static void Demand(HttpContext http, ServerOptions options)
    {
        if (options.ReadOnly)
        {
            throw new ProtocolException(StatusCodes.Status403Forbidden, "this server is read-only (--read-only); writes are refused");
        }

        if (options.Token is not { } token)
        {
            throw new ProtocolException(StatusCodes.Status403Forbidden, "writes are disabled: start the server with --token TOKEN (or NEWSGRAPH_TOKEN) and send 'Authorization: Bearer TOKEN'");
        }

        var header = http.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (given is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(token)))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            throw new ProtocolException(
                StatusCodes.Status401Unauthorized,
                given is null ? "this write needs 'Authorization: Bearer TOKEN' with the server's token" : "the bearer token is not this server's token");
        }
    }
}
