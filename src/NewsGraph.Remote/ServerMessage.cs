using System.Net;
using System.Text.RegularExpressions;

namespace NewsGraph.Remote;

/// <summary>
/// The readable part of an error body. Stores answer errors as plain text or as an HTML page
/// (Virtuoso puts the message in <c>&lt;xmp&gt;</c> or <c>&lt;pre&gt;</c>); the user needs the
/// message, not the markup.
/// </summary>
internal static partial class ServerMessage
{
    private const int MaxLength = 600;

    public static string Extract(string body, string? mediaType)
    {
        var text = body;
        if (mediaType is not null && mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) || LooksLikeHtml(body))
        {
            var pre = PreformattedBlock().Match(body);
            text = pre.Success ? pre.Groups[2].Value : Tags().Replace(body, " ");
            text = WebUtility.HtmlDecode(text);
        }

        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= MaxLength ? text : text[..MaxLength] + "…";
    }

    private static bool LooksLikeHtml(string body) => body.TrimStart().StartsWith('<') && body.Contains("</", StringComparison.Ordinal);

    [GeneratedRegex(@"<(xmp|pre)[^>]*>(.*?)</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex PreformattedBlock();

    [GeneratedRegex(@"<[^>]*>|<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
