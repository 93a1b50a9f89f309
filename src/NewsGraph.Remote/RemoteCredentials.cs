using System.Net;

namespace NewsGraph.Remote;

/// <summary>How the push authenticates: a user and password (Basic or Digest, as the server asks) or a bearer token.</summary>
public abstract record RemoteCredentials
{
    private RemoteCredentials()
    {
    }

    /// <summary>Answered to the server's challenge, so it works with Basic and Digest (Virtuoso's <c>-auth</c> endpoints want Digest).</summary>
    public sealed record Password(string User, string Secret) : RemoteCredentials
    {
        public NetworkCredential ToNetworkCredential() => new(User, Secret);

        // The secret stays out of logs and exception messages.
        public override string ToString() => $"user {User}";
    }

    /// <summary>Sent with every request as <c>Authorization: Bearer</c>.</summary>
    public sealed record Bearer(string Token) : RemoteCredentials
    {
        public override string ToString() => "bearer token";
    }
}
