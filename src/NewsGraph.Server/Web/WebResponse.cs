namespace NewsGraph.Server.Web;

/// <summary>A rendered page and its HTTP status.</summary>
internal sealed record WebResponse(string Html, int Status = 200);
