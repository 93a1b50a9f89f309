
namespace NewsGraph.Server.Web.Data;

/// <summary>
/// Maps entity IRIs (https://w3id.org/newsgraph/id/entity/&lt;slug&gt;) to the page paths
/// (/entity/&lt;slug&gt;) and back.
/// </summary>
internal static class EntityIris
{
    public const string Namespace = "https://w3id.org/newsgraph/id/entity/";

    public const string PagePrefix = "/entity/";

    /// <summary>The page of an entity IRI; null for any other IRI.</summary>
    public static string? PagePath(string iri) =>
        iri.StartsWith(Namespace, StringComparison.Ordinal) && IsSlug(iri.AsSpan(Namespace.Length))
            ? PagePrefix + iri[Namespace.Length..]
            : null;

    /// <summary>
    /// The IRI a page slug stands for. Only letters, digits and "-_.~%" are accepted, so that the
    /// IRI can be written into a query as it is.
    /// </summary>
    public static bool TryFromSlug(string? slug, out Iri iri)
    {
        iri = null!;
        if (string.IsNullOrEmpty(slug) || !IsSlug(slug))
        {
            return false;
        }

        iri = new Iri(Namespace + slug);
        return true;
    }

    private static bool IsSlug(ReadOnlySpan<char> slug)
    {
        if (slug.IsEmpty)
        {
            return false;
        }

        foreach (var c in slug)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '_' or '.' or '~' or '%'))
            {
                return false;
            }
        }

        return true;
    }
}
