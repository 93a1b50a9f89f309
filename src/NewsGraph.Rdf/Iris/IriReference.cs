using System.Text;

namespace NewsGraph.Rdf;

/// <summary>
/// Resolution of relative IRI references against a base (RFC 3986 §5.2, strict mode), as the
/// RDF syntaxes require for <c>@base</c> and relative IRIs.
/// </summary>
public static class IriReference
{
    /// <summary>True if the reference has a scheme (<c>scheme ":" ...</c>).</summary>
    public static bool IsAbsolute(ReadOnlySpan<char> iri) => SchemeLength(iri) > 0;

    /// <summary>Resolves <paramref name="reference"/> against <paramref name="baseIri"/>.</summary>
    public static string Resolve(string? baseIri, string reference)
    {
        if (SchemeLength(reference) > 0)
        {
            var r0 = Split(reference);
            if (!HasDotSegments(r0.Path))
            {
                return reference;
            }

            return Recompose(r0.Scheme, r0.Authority, RemoveDotSegments(r0.Path), r0.Query, r0.Fragment);
        }

        if (string.IsNullOrEmpty(baseIri))
        {
            return reference;
        }

        var b = Split(baseIri);
        var r = Split(reference);
        string? authority;
        string path;
        string? query;
        if (r.Authority is not null)
        {
            authority = r.Authority;
            path = RemoveDotSegments(r.Path);
            query = r.Query;
        }
        else
        {
            authority = b.Authority;
            if (r.Path.Length == 0)
            {
                path = b.Path;
                query = r.Query ?? b.Query;
            }
            else
            {
                path = r.Path[0] == '/' ? RemoveDotSegments(r.Path) : RemoveDotSegments(Merge(b, r.Path));
                query = r.Query;
            }
        }

        return Recompose(b.Scheme, authority, path, query, r.Fragment);
    }

    private readonly record struct Parts(string? Scheme, string? Authority, string Path, string? Query, string? Fragment);

    private static int SchemeLength(ReadOnlySpan<char> s)
    {
        if (s.Length == 0 || !char.IsAsciiLetter(s[0]))
        {
            return 0;
        }

        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            if (c == ':')
            {
                return i;
            }

            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
            {
                return 0;
            }
        }

        return 0;
    }

    private static Parts Split(string s)
    {
        string? scheme = null;
        var i = 0;
        var sl = SchemeLength(s);
        if (sl > 0)
        {
            scheme = s[..sl];
            i = sl + 1;
        }

        var hash = s.IndexOf('#', i);
        string? fragment = null;
        var end = s.Length;
        if (hash >= 0)
        {
            fragment = s[(hash + 1)..];
            end = hash;
        }

        var q = s.IndexOf('?', i, end - i);
        string? query = null;
        if (q >= 0)
        {
            query = s[(q + 1)..end];
            end = q;
        }

        string? authority = null;
        if (end - i >= 2 && s[i] == '/' && s[i + 1] == '/')
        {
            var slash = s.IndexOf('/', i + 2, end - i - 2);
            var authEnd = slash >= 0 ? slash : end;
            authority = s[(i + 2)..authEnd];
            i = authEnd;
        }

        return new Parts(scheme, authority, s[i..end], query, fragment);
    }

    private static string Merge(Parts b, string relPath)
    {
        if (b.Authority is not null && b.Path.Length == 0)
        {
            return "/" + relPath;
        }

        var lastSlash = b.Path.LastIndexOf('/');
        return lastSlash < 0 ? relPath : string.Concat(b.Path.AsSpan(0, lastSlash + 1), relPath);
    }

    private static bool HasDotSegments(string path) =>
        path.Contains("/.", StringComparison.Ordinal) || path.StartsWith('.');

    /// <summary>RFC 3986 §5.2.4.</summary>
    private static string RemoveDotSegments(string input)
    {
        if (!HasDotSegments(input))
        {
            return input;
        }

        var output = new StringBuilder(input.Length);
        var i = 0;
        while (i < input.Length)
        {
            var rest = input.AsSpan(i);
            if (rest.StartsWith("../"))
            {
                i += 3;
            }
            else if (rest.StartsWith("./"))
            {
                i += 2;
            }
            else if (rest.StartsWith("/./"))
            {
                i += 2;
            }
            else if (rest.SequenceEqual("/."))
            {
                output.Append('/');
                i += 2;
            }
            else if (rest.StartsWith("/../") || rest.SequenceEqual("/.."))
            {
                if (rest.Length == 3)
                {
                    i += 3;
                    RemoveLastSegment(output);
                    output.Append('/');
                }
                else
                {
                    i += 3;
                    RemoveLastSegment(output);
                }
            }
            else if (rest.SequenceEqual(".") || rest.SequenceEqual(".."))
            {
                i += rest.Length;
            }
            else
            {
                var start = i;
                if (input[i] == '/')
                {
                    i++;
                }

                var next = input.IndexOf('/', i);
                i = next < 0 ? input.Length : next;
                output.Append(input, start, i - start);
            }
        }

        return output.ToString();
    }

    private static void RemoveLastSegment(StringBuilder output)
    {
        var j = output.Length - 1;
        while (j >= 0 && output[j] != '/')
        {
            j--;
        }

        output.Length = Math.Max(j, 0);
    }

    private static string Recompose(string? scheme, string? authority, string path, string? query, string? fragment)
    {
        var sb = new StringBuilder();
        if (scheme is not null)
        {
            sb.Append(scheme).Append(':');
        }

        if (authority is not null)
        {
            sb.Append("//").Append(authority);
        }

        sb.Append(path);
        if (query is not null)
        {
            sb.Append('?').Append(query);
        }

        if (fragment is not null)
        {
            sb.Append('#').Append(fragment);
        }

        return sb.ToString();
    }
}
