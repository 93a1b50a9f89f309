using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsGraph.Remote.Tests;

/// <summary>One request as the fake store received it.</summary>
internal sealed record ReceivedRequest(string Method, string? Graph, string? ContentType, string Body, string? Authorization);

/// <summary>
/// A SPARQL store on a loopback port, in the test process: it speaks the Graph Store Protocol
/// (<c>?graph=</c>, POST adds, PUT replaces) and/or SPARQL Update in the exact shapes the pusher
/// writes, keeps each graph as a set of N-Triples lines, and can be told to refuse requests.
/// </summary>
internal sealed partial class FakeStore : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Lock _gate = new();

    public FakeStore()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/store");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public bool AcceptsGsp { get; init; } = true;

    public bool AcceptsUpdate { get; init; } = true;

    /// <summary>The value the Authorization header must have, if any.</summary>
    public string? RequiredAuthorization { get; init; }

    /// <summary>Decides, for the n-th data request (1-based, probes not counted), an error to answer instead: (status, body, content type).</summary>
    public Func<int, (int Status, string Body, string ContentType)?> Fault { get; set; } = _ => null;

    /// <summary>Requests with more triples than this are refused with 413.</summary>
    public int MaxTriplesPerRequest { get; init; } = int.MaxValue;

    public Dictionary<string, HashSet<string>> Graphs { get; } = new(StringComparer.Ordinal);

    public List<ReceivedRequest> Requests { get; } = [];

    /// <summary>Requests that carried triples or cleared a graph (not the probes, not the refused ones).</summary>
    public List<ReceivedRequest> DataRequests { get; } = [];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var (status, body, type, extraHeader) = Handle(context.Request);
            var response = context.Response;
            response.StatusCode = status;
            if (extraHeader is { } h)
            {
                response.AddHeader(h.Name, h.Value);
            }

            var bytes = Encoding.UTF8.GetBytes(body);
            response.ContentType = type;
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
            response.Close();
        }
    }

    private (int, string, string, (string Name, string Value)?) Handle(HttpListenerRequest request)
    {
        string body;
        using (var reader = new StreamReader(request.InputStream, Encoding.UTF8))
        {
            body = reader.ReadToEnd();
        }

        var received = new ReceivedRequest(request.HttpMethod, request.QueryString["graph"], request.ContentType, body, request.Headers["Authorization"]);
        lock (_gate)
        {
            Requests.Add(received);
            if (RequiredAuthorization is not null && received.Authorization != RequiredAuthorization)
            {
                return (401, "authentication required", "text/plain", ("WWW-Authenticate", "Basic realm=\"fake\""));
            }

            var isGsp = received.ContentType?.StartsWith("application/n-triples", StringComparison.Ordinal) == true;
            var isUpdate = received.ContentType?.StartsWith("application/sparql-update", StringComparison.Ordinal) == true;
            if ((isGsp && !AcceptsGsp) || (isUpdate && !AcceptsUpdate) || (!isGsp && !isUpdate))
            {
                return (415, $"unsupported media type {received.ContentType}", "text/plain", null);
            }

            var isProbe = body.Length == 0 || body == "INSERT DATA { }";
            if (isProbe)
            {
                return (200, "", "text/plain", null);
            }

            if (Lines(body).Count(l => l.EndsWith(" .", StringComparison.Ordinal)) > MaxTriplesPerRequest)
            {
                DataRequests.Add(received);
                return (413, "request entity too large", "text/plain", null);
            }

            if (Fault(DataRequests.Count + 1) is { } fault)
            {
                // A refused request counts as a data request once, so a fault on request n fires once.
                DataRequests.Add(received);
                return (fault.Status, fault.Body, fault.ContentType, null);
            }

            DataRequests.Add(received);
            if (isGsp)
            {
                Apply(received.Graph!, received.Method == "PUT", Lines(body));
            }
            else
            {
                var clear = ClearPattern().Match(body);
                var insert = InsertPattern().Match(body);
                var graph = clear.Success ? clear.Groups[1].Value : insert.Groups[1].Value;
                Apply(graph, clear.Success, insert.Success ? Lines(insert.Groups[2].Value) : []);
            }

            return (204, "", "text/plain", null);
        }
    }

    private void Apply(string graph, bool replace, IEnumerable<string> lines)
    {
        if (replace || !Graphs.ContainsKey(graph))
        {
            Graphs[graph] = new HashSet<string>(StringComparer.Ordinal);
        }

        Graphs[graph].UnionWith(lines);
    }

    private static IEnumerable<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^CLEAR SILENT GRAPH <([^>]*)>")]
    private static partial Regex ClearPattern();

    [GeneratedRegex(@"INSERT (?:DATA )?\{ GRAPH <([^>]*)> \{\n(.*)\} \}", RegexOptions.Singleline)]
    private static partial Regex InsertPattern();
}
