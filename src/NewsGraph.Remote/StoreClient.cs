using System.Net;
using System.Net.Http.Headers;

namespace NewsGraph.Remote;

/// <summary>
/// Sends requests to the remote store: authenticates, times out, and retries with doubling waits
/// what failed for a passing reason (the connection, a timeout, 408/429/502/503/504, honouring
/// Retry-After). Any other answer goes back to the caller, which decides whether it is an error.
/// </summary>
internal sealed class StoreClient : IDisposable
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromMinutes(1);

    private readonly HttpClient _http;
    private readonly PushOptions _options;

    public StoreClient(PushOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (options.Credentials is RemoteCredentials.Password password)
        {
            // Answering the server's challenge (rather than sending Basic up front) is what makes Digest work.
            handler.Credentials = password.ToNetworkCredential();
            handler.PreAuthenticate = true;
        }

        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        if (options.Credentials is RemoteCredentials.Bearer bearer)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer.Token);
        }
    }

    /// <summary>Sends the request <paramref name="create"/> builds (afresh for each try) until it gets an answer that is not transient.</summary>
    public async Task<RemoteAnswer> SendAsync(Func<HttpRequestMessage> create, CancellationToken cancel)
    {
        var wait = _options.RetryDelay;
        for (var attempt = 0; ; attempt++)
        {
            using var request = create();
            var target = $"{request.Method} {Redacted(request.RequestUri!)}";
            string failure;
            TimeSpan? retryAfter = null;
            using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel))
            {
                timeout.CancelAfter(_options.RequestTimeout);
                try
                {
                    using var response = await _http.SendAsync(request, timeout.Token).ConfigureAwait(false);
                    var answer = await ReadAnswerAsync(response, timeout.Token).ConfigureAwait(false);
                    if (!answer.IsTransient)
                    {
                        return answer;
                    }

                    failure = answer.Describe();
                    retryAfter = RetryAfter(response);
                }
                catch (HttpRequestException e)
                {
                    failure = $"cannot reach the endpoint: {Innermost(e).Message}";
                }
                catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
                {
                    failure = $"no answer within {_options.RequestTimeout.TotalSeconds:0} s";
                }
            }

            if (attempt >= _options.Retries)
            {
                var tries = attempt == 0 ? "" : $" (tried {attempt + 1} times)";
                throw new PushException($"{target}: {failure}{tries}");
            }

            var delay = retryAfter is { } after && after > wait ? after : wait;
            await Task.Delay(delay < LongestWait ? delay : LongestWait, cancel).ConfigureAwait(false);
            wait *= 2;
        }
    }

    public void Dispose() => _http.Dispose();

    /// <summary>The URL as it may appear in a message: without a password written into it.</summary>
    public static string Redacted(Uri uri) =>
        uri.UserInfo.Length == 0 ? uri.ToString() : new UriBuilder(uri) { UserName = "", Password = "" }.Uri.ToString();

    private static async Task<RemoteAnswer> ReadAnswerAsync(HttpResponseMessage response, CancellationToken cancel)
    {
        var reason = response.ReasonPhrase ?? response.StatusCode.ToString();
        if (response.IsSuccessStatusCode)
        {
            return new RemoteAnswer(response.StatusCode, reason, "");
        }

        var body = await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
        return new RemoteAnswer(response.StatusCode, reason, ServerMessage.Extract(body, response.Content.Headers.ContentType?.MediaType));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    private static Exception Innermost(Exception e)
    {
        while (e.InnerException is not null)
        {
            e = e.InnerException;
        }

        return e;
    }
}
