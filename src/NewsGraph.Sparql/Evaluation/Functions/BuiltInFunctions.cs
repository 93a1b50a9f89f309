using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Values;

namespace NewsGraph.Sparql.Evaluation.Functions;

/// <summary>
/// The strict built-in functions and operators (§17.4): all arguments evaluated, any error (null)
/// makes the result an error. The short-circuiting forms (&amp;&amp;, ||, IF, COALESCE, BOUND, IN,
/// EXISTS) are handled by the expression compiler.
/// </summary>
internal static class BuiltInFunctions
{
    /// <summary>
    /// The longest string a function may build (16 Mi characters). Repeated CONCAT doubles a string
    /// each time, so without a bound a few lines of query could ask for more memory than exists.
    /// </summary>
    public const int MaxStringLength = 1 << 24;

    /// <summary>The function's value, or null for an error (including numbers beyond the range of their type).</summary>
    public static Term? Call(Function function, Term[] a, QueryClock clock)
    {
        try
        {
            return Evaluate(function, a, clock);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Term? Evaluate(Function function, Term[] a, QueryClock clock)
    {
        switch (function)
        {
            case Function.Not:
                return TermValues.EffectiveBooleanValue(a[0]) is { } b ? TermValues.Boolean(!b) : null;
            case Function.Equal:
                return TermValues.ValueEquals(a[0], a[1]) is { } eq ? TermValues.Boolean(eq) : null;
            case Function.NotEqual:
                return TermValues.ValueEquals(a[0], a[1]) is { } ne ? TermValues.Boolean(!ne) : null;
            case Function.Less:
                return Compare(a, c => c < 0);
            case Function.Greater:
                return Compare(a, c => c > 0);
            case Function.LessOrEqual:
                return Compare(a, c => c <= 0);
            case Function.GreaterOrEqual:
                return Compare(a, c => c >= 0);
            case Function.Add or Function.Subtract or Function.Multiply or Function.Divide:
                return Arithmetic(function, a[0], a[1]);
            case Function.UnaryPlus:
                return Numeric.TryParse(a[0], out _) ? a[0] : null;
            case Function.UnaryMinus:
                return Numeric.TryParse(a[0], out var neg) ? Negate(neg).ToLiteral() : null;
            case Function.SameTerm:
                return TermValues.Boolean(a[0].Equals(a[1]));
            case Function.IsIri:
                return TermValues.Boolean(a[0] is Iri);
            case Function.IsBlank:
                return TermValues.Boolean(a[0] is BlankNode);
            case Function.IsLiteral:
                return TermValues.Boolean(a[0] is Literal);
            case Function.IsNumeric:
                return TermValues.Boolean(Numeric.TryParse(a[0], out _));
            case Function.Str:
                return a[0] switch
                {
                    Iri i => Literal.Simple(i.Value),
                    Literal l => Literal.Simple(l.Lexical),
                    _ => null,
                };
            case Function.Lang:
                return a[0] is Literal ll ? Literal.Simple(ll.Language ?? string.Empty) : null;
            case Function.Datatype:
                return a[0] is Literal dl ? dl.Datatype : null;
            case Function.StrDt:
                return a[0] is Literal { IsSimple: true } sd && a[1] is Iri dt ? TypedLiteral(sd.Lexical, dt) : null;
            case Function.StrLang:
                return a[0] is Literal { IsSimple: true } sl && a[1] is Literal { IsSimple: true } lang && lang.Lexical.Length > 0 ? Literal.LangString(sl.Lexical, lang.Lexical) : null;
            case Function.Uuid:
                return new Iri("urn:uuid:" + Guid.NewGuid().ToString("D"));
            case Function.StrUuid:
                return Literal.Simple(Guid.NewGuid().ToString("D"));
            case Function.StrLen:
                return a[0] is Literal sl1 && TermValues.IsStringLiteral(sl1) ? Integer(CodePoints(sl1.Lexical)) : null;
            case Function.SubStr:
                return Substring(a);
            case Function.UCase:
                return MapString(a[0], s => s.ToUpperInvariant());
            case Function.LCase:
                return MapString(a[0], s => s.ToLowerInvariant());
            case Function.StrStarts:
                return StringPredicate(a[0], a[1], (x, y) => x.StartsWith(y, StringComparison.Ordinal));
            case Function.StrEnds:
                return StringPredicate(a[0], a[1], (x, y) => x.EndsWith(y, StringComparison.Ordinal));
            case Function.Contains:
                return StringPredicate(a[0], a[1], (x, y) => x.Contains(y, StringComparison.Ordinal));
            case Function.StrBefore:
                return StrBeforeAfter(a[0], a[1], before: true);
            case Function.StrAfter:
                return StrBeforeAfter(a[0], a[1], before: false);
            case Function.EncodeForUri:
                return a[0] is Literal el && TermValues.IsStringLiteral(el) ? Literal.Simple(EncodeForUri(el.Lexical)) : null;
            case Function.Concat:
                return Concat(a);
            case Function.LangMatches:
                return a[0] is Literal { IsSimple: true } tag && a[1] is Literal { IsSimple: true } range ? TermValues.Boolean(LangMatches(tag.Lexical, range.Lexical)) : null;
            case Function.Regex:
                return Regex(a);
            case Function.Replace:
                return Replace(a);
            case Function.Abs:
                return NumericMap(a[0], n => n.IsApproximate ? Numeric.FromDouble(Math.Abs(n.Approximate)).As(n.Kind) : n with { Exact = Math.Abs(n.Exact) });
            case Function.Round:
                return NumericMap(a[0], n => n.IsApproximate ? Numeric.FromDouble(Math.Floor(n.Approximate + 0.5)).As(n.Kind) : n with { Exact = Math.Floor(n.Exact + 0.5m) });
            case Function.Ceil:
                return NumericMap(a[0], n => n.IsApproximate ? Numeric.FromDouble(Math.Ceiling(n.Approximate)).As(n.Kind) : n with { Exact = Math.Ceiling(n.Exact) });
            case Function.Floor:
                return NumericMap(a[0], n => n.IsApproximate ? Numeric.FromDouble(Math.Floor(n.Approximate)).As(n.Kind) : n with { Exact = Math.Floor(n.Exact) });
            case Function.Rand:
                return Numeric.FromDouble(Random.Shared.NextDouble()).ToLiteral();
            case Function.Now:
                return Literal.Typed(clock.Now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture), XsdDateTime.DateTimeType);
            case Function.Year or Function.Month or Function.Day or Function.Hours or Function.Minutes or Function.Seconds or Function.Timezone or Function.Tz:
                return DateAccessor(function, a[0]);
            case Function.Md5:
                return Hash(a[0], MD5.HashData);
            case Function.Sha1:
                return Hash(a[0], SHA1.HashData);
            case Function.Sha256:
                return Hash(a[0], SHA256.HashData);
            case Function.Sha384:
                return Hash(a[0], SHA384.HashData);
            case Function.Sha512:
                return Hash(a[0], SHA512.HashData);
            default:
                return null;
        }
    }

    private static Term? Compare(Term[] a, Func<int, bool> test) =>
        TermValues.Compare(a[0], a[1]) is { } c ? TermValues.Boolean(test(c)) : null;

    private static Literal Integer(long n) => Literal.Typed(n.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer);

    /// <summary>STRDT's literal; rdf:langString needs a language tag, so asking for it is an error.</summary>
    private static Literal? TypedLiteral(string lexical, Iri datatype) =>
        datatype.Equals(Vocab.Rdf.LangString) ? null : Literal.Typed(lexical, datatype);

    public static Term? Arithmetic(Function op, Term x, Term y)
    {
        if (!Numeric.TryParse(x, out var a) || !Numeric.TryParse(y, out var b))
        {
            return null;
        }

        var kind = Numeric.Wider(a.Kind, b.Kind);
        if (op == Function.Divide && kind == NumericKind.Integer)
        {
            kind = NumericKind.Decimal;
        }

        try
        {
            if (kind is NumericKind.Float or NumericKind.Double)
            {
                var (p, q) = (a.AsDouble, b.AsDouble);
                var r = op switch
                {
                    Function.Add => p + q,
                    Function.Subtract => p - q,
                    Function.Multiply => p * q,
                    _ => p / q,
                };
                return (kind == NumericKind.Float ? Numeric.FromFloat(r) : Numeric.FromDouble(r)).ToLiteral();
            }

            if (op == Function.Divide && b.Exact == 0)
            {
                return null;
            }

            var exact = op switch
            {
                Function.Add => a.Exact + b.Exact,
                Function.Subtract => a.Exact - b.Exact,
                Function.Multiply => a.Exact * b.Exact,
                _ => a.Exact / b.Exact,
            };
            return new Numeric(kind, exact, 0).ToLiteral();
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static Numeric Negate(Numeric n) => n.IsApproximate ? n with { Approximate = -n.Approximate } : n with { Exact = -n.Exact };

    private static Term? NumericMap(Term t, Func<Numeric, Numeric> f) => Numeric.TryParse(t, out var n) ? f(n).ToLiteral() : null;

    private static int CodePoints(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]))
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>A string result that keeps the argument's language tag or xsd:string type.</summary>
    private static Literal SameKind(Literal like, string value) =>
        like.Language is not null ? Literal.LangString(value, like.Language) : like.IsSimple ? Literal.Simple(value) : Literal.Simple(value);

    private static Term? MapString(Term t, Func<string, string> f) =>
        t is Literal l && TermValues.IsStringLiteral(l) ? SameKind(l, f(l.Lexical)) : null;

    /// <summary>Two string arguments are compatible if the second is simple/xsd:string or has the first's language tag.</summary>
    private static bool Compatible(Literal a, Literal b) =>
        TermValues.IsStringLiteral(a) && TermValues.IsStringLiteral(b) && (b.Language is null || b.Language == a.Language);

    private static Term? StringPredicate(Term x, Term y, Func<string, string, bool> test) =>
        x is Literal a && y is Literal b && Compatible(a, b) ? TermValues.Boolean(test(a.Lexical, b.Lexical)) : null;

    private static Term? StrBeforeAfter(Term x, Term y, bool before)
    {
        if (x is not Literal a || y is not Literal b || !Compatible(a, b))
        {
            return null;
        }

        var i = a.Lexical.IndexOf(b.Lexical, StringComparison.Ordinal);
        if (i < 0)
        {
            return Literal.Simple(string.Empty);
        }

        return SameKind(a, before ? a.Lexical[..i] : a.Lexical[(i + b.Lexical.Length)..]);
    }

    private static Term? Substring(Term[] a)
    {
        if (a[0] is not Literal s || !TermValues.IsStringLiteral(s) || !Numeric.TryParse(a[1], out var start))
        {
            return null;
        }

        Numeric? length = null;
        if (a.Length > 2)
        {
            if (!Numeric.TryParse(a[2], out var l))
            {
                return null;
            }

            length = l;
        }

        // XPath fn:substring works on code points with 1-based, rounded positions.
        var chars = s.Lexical.EnumerateRunes().ToArray();
        var from = Math.Round(start.AsDouble, MidpointRounding.AwayFromZero);
        var to = length is { } len ? from + Math.Round(len.AsDouble, MidpointRounding.AwayFromZero) : double.PositiveInfinity;
        if (double.IsNaN(from) || double.IsNaN(to))
        {
            return SameKind(s, string.Empty);
        }

        var sb = new StringBuilder();
        for (var i = 0; i < chars.Length; i++)
        {
            var position = i + 1;
            if (position >= from && position < to)
            {
                sb.Append(chars[i].ToString());
            }
        }

        return SameKind(s, sb.ToString());
    }

    private static Term? Concat(Term[] args)
    {
        if (args.Sum(a => a is Literal l ? (long)l.Lexical.Length : 0) > MaxStringLength)
        {
            return null;
        }

        var sb = new StringBuilder();
        string? language = null;
        var first = true;
        var allSameLanguage = true;
        foreach (var t in args)
        {
            if (t is not Literal l || !TermValues.IsStringLiteral(l))
            {
                return null;
            }

            sb.Append(l.Lexical);
            if (first)
            {
                language = l.Language;
                first = false;
            }
            else if (language != l.Language)
            {
                allSameLanguage = false;
            }
        }

        return allSameLanguage && language is not null ? Literal.LangString(sb.ToString(), language) : Literal.Simple(sb.ToString());
    }

    public static bool LangMatches(string tag, string range)
    {
        if (range == "*")
        {
            return tag.Length > 0;
        }

        return tag.Equals(range, StringComparison.OrdinalIgnoreCase)
            || (tag.Length > range.Length && tag[range.Length] == '-' && tag.StartsWith(range, StringComparison.OrdinalIgnoreCase));
    }

    private static Term? Regex(Term[] a)
    {
        if (a[0] is not Literal text || !TermValues.IsStringLiteral(text) || a[1] is not Literal { IsSimple: true } pattern)
        {
            return null;
        }

        var flags = a.Length <= 2 ? string.Empty : a[2] is Literal { IsSimple: true } f ? f.Lexical : null;
        if (flags is null)
        {
            return null;
        }

        var regex = RegexCache.Get(pattern.Lexical, flags);
        try
        {
            return regex is null ? null : TermValues.Boolean(regex.IsMatch(text.Lexical));
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static Term? Replace(Term[] a)
    {
        if (a[0] is not Literal text || !TermValues.IsStringLiteral(text) || a[1] is not Literal { IsSimple: true } pattern || a[2] is not Literal { IsSimple: true } replacement)
        {
            return null;
        }

        var flags = a.Length <= 3 ? string.Empty : a[3] is Literal { IsSimple: true } f ? f.Lexical : null;
        if (flags is null)
        {
            return null;
        }

        var regex = RegexCache.Get(pattern.Lexical, flags);
        if (regex is null || regex.IsMatch(string.Empty))
        {
            return null;
        }

        // XPath's $1 references are .NET's too; a literal '$' is written "\$" in XPath.
        var netReplacement = replacement.Lexical.Replace("\\$", "$$", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        try
        {
            var replaced = regex.Replace(text.Lexical, netReplacement);
            return replaced.Length > MaxStringLength ? null : SameKind(text, replaced);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string EncodeForUri(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static Term? Hash(Term t, Func<byte[], byte[]> hash) =>
        t is Literal { IsSimple: true } l ? Literal.Simple(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(l.Lexical)))) : null;

    private static Term? DateAccessor(Function f, Term t)
    {
        if (!XsdDateTime.TryParse(t, out var d))
        {
            return null;
        }

        return f switch
        {
            Function.Year => Integer(d.Year),
            Function.Month => Integer(d.Month),
            Function.Day => Integer(d.Day),
            Function.Hours => Integer(d.Hour),
            Function.Minutes => Integer(d.Minute),
            Function.Seconds => Numeric.FromDecimal(d.Second).ToLiteral(),
            Function.Timezone => d.Offset is { } o ? Literal.Typed(XsdDateTime.FormatDuration(o), XsdDateTime.DayTimeDurationType) : null,
            _ => Literal.Simple(d.Offset is { } z ? (z == TimeSpan.Zero ? "Z" : (z < TimeSpan.Zero ? "-" : "+") + z.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture)) : string.Empty),
        };
    }
}

/// <summary>The time a query started: NOW() is the same throughout one query (§17.4.5.1).</summary>
internal sealed class QueryClock
{
    public DateTimeOffset Now { get; } = DateTimeOffset.Now;
}

/// <summary>Compiled regular expressions by pattern and flags; XPath flags map onto .NET options.</summary>
internal static class RegexCache
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), Regex?> Cache = new();

    public static Regex? Get(string pattern, string flags) => Cache.GetOrAdd((pattern, flags), static key =>
    {
        var (p, f) = key;
        var options = RegexOptions.CultureInvariant;
        foreach (var c in f)
        {
            switch (c)
            {
                case 'i':
                    options |= RegexOptions.IgnoreCase;
                    break;
                case 's':
                    options |= RegexOptions.Singleline;
                    break;
                case 'm':
                    options |= RegexOptions.Multiline;
                    break;
                case 'x':
                    options |= RegexOptions.IgnorePatternWhitespace;
                    break;
                case 'q':
                    p = System.Text.RegularExpressions.Regex.Escape(p);
                    break;
                default:
                    return null;
            }
        }

        // The non-backtracking engine runs in time linear in the input, so no pattern can take
        // exponential time; patterns it cannot run (back-references, look-arounds) fall back to the
        // backtracking engine with a time limit, past which the match is an error.
        try
        {
            return new Regex(p, options | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
        }
        catch (ArgumentException)
        {
            return null;
        }

        try
        {
            return new Regex(p, options, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            return null;
        }
    });
}
