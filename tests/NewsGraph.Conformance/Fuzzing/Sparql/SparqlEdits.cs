using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// Edits that know SPARQL: they change a query's structure (its form, its joins, its paths, its
/// nesting) while keeping it parseable often enough for evaluation to be tested too.
/// </summary>
internal static partial class SparqlEdits
{
    private static readonly string[][] KeywordGroups =
    [
        ["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"],
        ["OPTIONAL", "MINUS", "UNION"],
        ["FILTER", "BIND"],
        ["DISTINCT", "REDUCED"],
        ["NOT EXISTS", "EXISTS"],
        ["COUNT", "SUM", "MIN", "MAX", "AVG", "SAMPLE", "GROUP_CONCAT"],
        ["LIMIT", "OFFSET"],
        ["ASC", "DESC"],
        ["GRAPH", "SERVICE"],
        ["INSERT", "DELETE"],
        ["STR", "LANG", "DATATYPE", "IRI", "BNODE", "STRLEN", "UCASE", "ABS", "isIRI", "isLITERAL", "BOUND"],
        ["CLEAR", "DROP", "CREATE"],
        ["ADD", "MOVE", "COPY"],
    ];

    private static readonly string[] GroupSeparators = ["", " ", " . ", " UNION ", " OPTIONAL ", " MINUS "];

    private static readonly string[] Constants = [":a", "<http://example.org/a>", "\"abc\"", "\"x\"@en", "1", "1.5e0", "_:b0", "[]", "()", "UNDEF", "?", "$", "*"];

    private static readonly Dictionary<string, string[]> GroupOf = KeywordGroups
        .SelectMany(group => group.Select(keyword => (keyword, group)))
        .ToDictionary(p => p.keyword, p => p.group, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<LanguageEdit> For(IReadOnlyList<CorpusFile> corpus) =>
    [
        new("swap a keyword", SwapKeyword),
        new("insert a path operator", InsertPathOperator),
        new("duplicate a group", DuplicateGroup),
        new("nest a group or bracket", Nest),
        new("replace a variable", ReplaceVariable),
        new("swap in a group from another file", (text, rng) => SwapInGroup(text, rng, corpus)),
    ];

    /// <summary>SELECT for CONSTRUCT, OPTIONAL for UNION, FILTER for BIND, …: a different form or operator over the same patterns.</summary>
    private static string SwapKeyword(StringBuilder text, Random rng)
    {
        var matches = Keyword().Matches(text.ToString());
        if (matches.Count == 0)
        {
            return "swap a keyword: none in the text";
        }

        var match = matches[rng.Next(matches.Count)];
        var group = GroupOf[NormalSpaces().Replace(match.Value, " ")];
        var replacement = group[rng.Next(group.Length)];
        text.Remove(match.Index, match.Length).Insert(match.Index, replacement);
        return Invariant($"swap {match.Value} at {match.Index} for {replacement}");
    }

    /// <summary>Turns a predicate into a property path: closures, inverses, negations, sequences and alternatives of it.</summary>
    private static string InsertPathOperator(StringBuilder text, Random rng)
    {
        var matches = PathTarget().Matches(text.ToString());
        if (matches.Count == 0)
        {
            return "insert a path operator: no IRI or prefixed name in the text";
        }

        var match = matches[rng.Next(matches.Count)];
        var p = match.Value;
        string[] paths =
        [
            p + "*", p + "+", p + "?", "^" + p, "!" + p, "!(" + p + "|^" + p + ")", "(" + p + ")*", "(" + p + "*)*", "(" + p + "|^" + p + ")*",
            "((" + p + "|^" + p + ")*)/((" + p + "|^" + p + ")*)", p + "/" + p, p + "|" + p, "^(" + p + "/" + p + ")", "(" + p + "/^" + p + ")+",
            p + "*/" + p + "*/" + p + "*", "(!" + p + ")*", p + "{2}", p + "/", "|" + p, p + "!", "?" + p,
        ];
        var path = paths[rng.Next(paths.Length)];
        text.Remove(match.Index, match.Length).Insert(match.Index, path);
        return Invariant($"make {p} at {match.Index} the path {path}");
    }

    /// <summary>Repeats a group after itself, joined, united, made optional or subtracted: more joins over the same data.</summary>
    private static string DuplicateGroup(StringBuilder text, Random rng)
    {
        var snapshot = text.ToString();
        if (RandomBracket(snapshot, rng, '{', '}') is not var (start, end))
        {
            return "duplicate a group: no balanced { } in the text";
        }

        var separator = GroupSeparators[rng.Next(GroupSeparators.Length)];
        var copies = rng.Next(4) == 0 ? rng.Next(2, 9) : 1;
        var group = snapshot[start..(end + 1)];
        var addition = string.Concat(Enumerable.Repeat(separator + group, copies));
        text.Insert(end + 1, addition);
        return Invariant($"duplicate the group at {start} ({group.Length} chars) {copies} times with {CSharpLiteral.Of(separator)}");
    }

    /// <summary>
    /// Wraps a group in more groups, or a bracketed expression or path in more brackets, from a
    /// few levels to far past the parser's limit: nesting inside a real query, which the parser
    /// must refuse cleanly rather than recurse through until the stack runs out.
    /// </summary>
    private static string Nest(StringBuilder text, Random rng)
    {
        var snapshot = text.ToString();
        var (open, close) = rng.Next(2) == 0 ? ('{', '}') : ('(', ')');
        if (RandomBracket(snapshot, rng, open, close) is not var (start, end))
        {
            return $"nest: no balanced {open} {close} in the text";
        }

        var depth = rng.Next(6) switch
        {
            0 or 1 => rng.Next(1, 9),
            2 => SparqlTokens.NestingLimit + rng.Next(-3, 4),
            3 => 1_000,
            4 => 10_000,
            _ => 100_000,
        };
        var opening = open == '{' ? "{ " : "(";
        var closing = open == '{' ? " }" : ")";
        text.Insert(end + 1, closing, depth).Insert(start, opening, depth);
        return Invariant($"nest the {open} at {start} in {depth} more");
    }

    /// <summary>Merges two variables, renames one, or puts a constant where one stood: different joins, unbound or ill-typed values.</summary>
    private static string ReplaceVariable(StringBuilder text, Random rng)
    {
        var snapshot = text.ToString();
        var matches = Variable().Matches(snapshot);
        if (matches.Count == 0)
        {
            return "replace a variable: none in the text";
        }

        var chosen = matches[rng.Next(matches.Count)];
        switch (rng.Next(3))
        {
            case 0:
                // Every occurrence, so the query stays well-formed but joins differently.
                var other = rng.Next(3) == 0 ? "?fresh" : matches[rng.Next(matches.Count)].Value;
                var name = chosen.Value[1..];
                var renamed = Regex.Replace(snapshot, @"[?$]" + Regex.Escape(name) + @"(?!\w)", other, RegexOptions.CultureInvariant);
                text.Clear().Append(renamed);
                return Invariant($"rename {chosen.Value} to {other} throughout");
            case 1:
                var constant = Constants[rng.Next(Constants.Length)];
                text.Remove(chosen.Index, chosen.Length).Insert(chosen.Index, constant);
                return Invariant($"replace {chosen.Value} at {chosen.Index} with {constant}");
            default:
                // ?x and $x are the same variable: the parser must treat them alike.
                var flipped = (chosen.Value[0] == '?' ? '$' : '?') + chosen.Value[1..];
                text.Remove(chosen.Index, chosen.Length).Insert(chosen.Index, flipped);
                return Invariant($"write {chosen.Value} at {chosen.Index} as {flipped}");
        }
    }

    /// <summary>Replaces a group with one from another file: the blind splice of the mutator, but along the grammar.</summary>
    private static string SwapInGroup(StringBuilder text, Random rng, IReadOnlyList<CorpusFile> corpus)
    {
        var donor = corpus[rng.Next(corpus.Count)];
        var snapshot = text.ToString();
        if (RandomBracket(donor.Text, rng, '{', '}') is not var (donorStart, donorEnd)
            || RandomBracket(snapshot, rng, '{', '}') is not var (start, end))
        {
            return $"swap in a group from {donor.Name}: no balanced {{ }} in one of them";
        }

        var group = donor.Text[donorStart..(donorEnd + 1)];
        text.Remove(start, end + 1 - start).Insert(start, group);
        return Invariant($"replace the group at {start} with the one at {donorStart} in {donor.Name}");
    }

    /// <summary>A random opening bracket and its match, counting nesting but not looking inside strings: close enough for mutations.</summary>
    private static (int Start, int End)? RandomBracket(string text, Random rng, char open, char close)
    {
        var opens = new List<int>();
        for (var i = text.IndexOf(open, StringComparison.Ordinal); i >= 0; i = text.IndexOf(open, i + 1))
        {
            opens.Add(i);
        }

        if (opens.Count == 0)
        {
            return null;
        }

        var start = opens[rng.Next(opens.Count)];
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == open)
            {
                depth++;
            }
            else if (text[i] == close && --depth == 0)
            {
                return (start, i);
            }
        }

        return null;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(SELECT|ASK|CONSTRUCT|DESCRIBE|OPTIONAL|MINUS|UNION|FILTER|BIND|DISTINCT|REDUCED|NOT\s+EXISTS|EXISTS|COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT|LIMIT|OFFSET|ASC|DESC|GRAPH|SERVICE|INSERT|DELETE|STR|LANG|DATATYPE|IRI|BNODE|STRLEN|UCASE|ABS|isIRI|isLITERAL|BOUND|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"\s+")]
    private static partial Regex NormalSpaces();

    // IRIs, prefixed names and the keyword 'a': what can stand as a predicate.
    [GeneratedRegex(@"<[^<>\s""{}|^`\\]*>|(?<![\w?$:])[A-Za-z][\w-]*:[\w-]*|(?<![\w?$:])a(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex PathTarget();

    [GeneratedRegex(@"[?$]\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Variable();
}
