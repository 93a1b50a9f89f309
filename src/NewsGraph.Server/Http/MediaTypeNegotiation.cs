using System.Globalization;

namespace NewsGraph.Server.Http;

/// <summary>
/// Picks the response media type from an Accept header (RFC 9110 §12.5.1): the offered type with the
/// highest quality wins, where a type's quality is that of the most specific range matching it
/// (<c>type/subtype</c> before <c>type/*</c> before <c>*/*</c>). Ties go to the range the client
/// listed first, then to the server's order of preference.
/// </summary>
internal static class MediaTypeNegotiation
{
    /// <summary>The chosen type from <paramref name="offered"/> (in the server's order of preference), or null if the client accepts none of them.</summary>
    public static string? Choose(string? accept, IReadOnlyList<string> offered)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return offered.Count > 0 ? offered[0] : null;
        }

        var ranges = Parse(accept);
        string? best = null;
        (double Quality, int Position) bestRank = (0, int.MaxValue);
        foreach (var type in offered)
        {
            if (Rank(type, ranges) is not { } rank || rank.Quality <= 0)
            {
                continue;
            }

            if (best is null || rank.Quality > bestRank.Quality || (rank.Quality == bestRank.Quality && rank.Position < bestRank.Position))
            {
                best = type;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>The quality and header position of the most specific range that matches a type, or null if none does.</summary>
    private static (double Quality, int Position)? Rank(string type, List<AcceptRange> ranges)
    {
        AcceptRange? match = null;
        foreach (var range in ranges)
        {
            if (range.Matches(type) && (match is null || range.Specificity > match.Value.Specificity))
            {
                match = range;
            }
        }

        return match is { } m ? (m.Quality, m.Position) : null;
    }

    private static List<AcceptRange> Parse(string accept)
    {
        var ranges = new List<AcceptRange>();
        foreach (var entry in accept.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = entry.Split(';', StringSplitOptions.TrimEntries);
            var quality = 1.0;
            foreach (var parameter in parts.Skip(1))
            {
                var eq = parameter.IndexOf('=');
                if (eq > 0 && parameter[..eq].Trim().Equals("q", StringComparison.OrdinalIgnoreCase)
                    && double.TryParse(parameter[(eq + 1)..].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
                {
                    quality = Math.Clamp(q, 0, 1);
                }
            }

            var slash = parts[0].IndexOf('/');
            if (slash > 0)
            {
                ranges.Add(new AcceptRange(parts[0][..slash].ToLowerInvariant(), parts[0][(slash + 1)..].ToLowerInvariant(), quality, ranges.Count));
            }
        }

        return ranges;
    }

    private readonly record struct AcceptRange(string Type, string Subtype, double Quality, int Position)
    {
        public int Specificity => Type == "*" ? 0 : Subtype == "*" ? 1 : 2;

        public bool Matches(string mediaType)
        {
            var slash = mediaType.IndexOf('/');
            return (Type == "*" || mediaType.AsSpan(0, slash).Equals(Type, StringComparison.OrdinalIgnoreCase))
                && (Subtype == "*" || mediaType.AsSpan(slash + 1).Equals(Subtype, StringComparison.OrdinalIgnoreCase));
        }
    }
}
