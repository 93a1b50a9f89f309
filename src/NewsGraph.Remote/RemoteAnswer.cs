using System.Net;

namespace NewsGraph.Remote;

/// <summary>What the endpoint said to one request: its status and, for an error, its message.</summary>
internal readonly record struct RemoteAnswer(HttpStatusCode Status, string Reason, string Message)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>Statuses that say "try again later" rather than "this request is wrong".</summary>
    public bool IsTransient => Status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    public string Describe() => Message.Length == 0 ? $"{(int)Status} {Reason}" : $"{(int)Status} {Reason}: {Message}";
}
