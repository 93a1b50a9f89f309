using System.Globalization;
using System.Text;
using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>How SELECT results are compared.</summary>
/// <param name="Order">The ORDER BY the rows must respect, or null to compare them as a multiset.</param>
/// <param name="LaxCardinality">Accept any number of duplicates between the distinct and the full expected rows (REDUCED).</param>
/// <param name="LexicalOnly">Compare values by their text alone, as CSV keeps nothing else.</param>
internal sealed record SolutionRules(RowOrder? Order, bool LaxCardinality, bool LexicalOnly);

/// <summary>
/// Compares SELECT results. Blank nodes match if one consistent renaming maps the actual rows onto
/// the expected ones, across all rows: the rows are encoded as a graph (a blank node per row,
/// linked to its values and its position) and the two graphs must be isomorphic.
/// </summary>
internal static class SolutionComparer
{
    private const int MaxListed = 5;
    private const string Namespace = "urn:newsgraph:conformance:";
    private static readonly Iri Position = new(Namespace + "position");

    public static CheckResult Compare(SolutionsOutput actual, SolutionsOutput expected, SolutionRules rules)
    {
        var variables = actual.Variables;
        if (!variables.ToHashSet().SetEquals(expected.Variables))
        {
            return CheckResult.Fail($"variables differ: got {Names(variables)}, expected {Names(expected.Variables)}");
        }

        var actualRows = Prepare(actual.Rows, rules);
        var expectedRows = Prepare(Align(expected, variables), rules);

        // Lax cardinality comes with REDUCED, which leaves the order open.
        var order = rules.LaxCardinality ? null : rules.Order;
        // A sort key missing from the results (an engine bug the comparison will show) leaves only the strict order.
        var keyColumns = order?.KeyVariables is { } keys && keys.All(variables.Contains) ? keys.Select(v => IndexOf(variables, v)).ToList() : null;
        var actualRuns = order is null ? null : RowOrder.Runs(actualRows, keyColumns);
        var expectedRuns = order is null ? null : RowOrder.Runs(expectedRows, keyColumns);

        if (Matches(actualRows, actualRuns, expectedRows, expectedRuns, rules.LaxCardinality))
        {
            return CheckResult.Pass;
        }

        if (Matches(ByValue(actualRows), actualRuns, ByValue(expectedRows), expectedRuns, rules.LaxCardinality))
        {
            return CheckResult.Lenient(NumberDifferences(actualRows.SelectMany(r => r), expectedRows.SelectMany(r => r)));
        }

        return CheckResult.Fail(Describe(variables, actualRows, expectedRows, order is not null, rules.LaxCardinality));
    }

    /// <summary>The numeric literals that are spelled differently on the two sides, for the note on a lenient pass.</summary>
    public static string NumberDifferences(IEnumerable<Term?> actual, IEnumerable<Term?> expected)
    {
        var got = actual.Where(LenientNumbers.IsNumeric).OfType<Term>().ToHashSet();
        var wanted = expected.Where(LenientNumbers.IsNumeric).OfType<Term>().ToHashSet();
        var onlyGot = got.Except(wanted).Take(MaxListed).Select(TermText.Of);
        var onlyWanted = wanted.Except(got).Take(MaxListed).Select(TermText.Of);
        return $"numbers equal by value only: got {string.Join(", ", onlyGot)}; expected {string.Join(", ", onlyWanted)}";
    }

    private static string Names(IEnumerable<string> variables) => "(" + string.Join(" ", variables.Select(v => "?" + v)) + ")";

    private static int IndexOf(IReadOnlyList<string> variables, string name)
    {
        for (var i = 0; i < variables.Count; i++)
        {
            if (variables[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"?{name} is not a result variable", nameof(name));
    }

    /// <summary>The expected rows with their columns in the order of <paramref name="variables"/>.</summary>
    private static List<Term?[]> Align(SolutionsOutput expected, IReadOnlyList<string> variables)
    {
        var source = variables.Select(v => IndexOf(expected.Variables, v)).ToArray();
        return [.. expected.Rows.Select(row => source.Select(c => c < row.Length ? row[c] : null).ToArray())];
    }

    private static List<Term?[]> Prepare(IEnumerable<Term?[]> rows, SolutionRules rules) =>
        rules.LexicalOnly ? [.. rows.Select(r => r.Select(Lexical).ToArray())] : [.. rows];

    /// <summary>A term as CSV keeps it: blank nodes stay blank nodes, everything else becomes its text.</summary>
    private static Term? Lexical(Term? term) => term switch
    {
        Iri iri => Literal.Simple(iri.Value),
        Literal literal => Literal.Simple(literal.Lexical),
        _ => term,
    };

    private static List<Term?[]> ByValue(List<Term?[]> rows) => [.. rows.Select(r => r.Select(t => t is null ? null : LenientNumbers.ByValue(t)).ToArray())];

    private static bool Matches(List<Term?[]> actual, int[]? actualRuns, List<Term?[]> expected, int[]? expectedRuns, bool lax)
    {
        if (!lax)
        {
            return actual.Count == expected.Count && Isomorphism.AreIsomorphic(Encode(actual, actualRuns), Encode(expected, expectedRuns));
        }

        var distinctActual = Distinct(actual);
        var distinctExpected = Distinct(expected);
        return actual.Count <= expected.Count && Isomorphism.AreIsomorphic(Encode(distinctActual, null), Encode(distinctExpected, null));
    }

    private static List<Term?[]> Distinct(List<Term?[]> rows)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return rows.Where(r => seen.Add(string.Join("\u0001", r.Select(t => t?.ToString() ?? string.Empty)))).ToList();
    }

    /// <summary>
    /// Rows as a graph: a blank node per row with one property per bound column, plus its run of
    /// the ORDER BY (all 0 when unordered). Value blank nodes are relabelled apart from the row nodes.
    /// </summary>
    private static List<Quad> Encode(List<Term?[]> rows, int[]? runs)
    {
        var quads = new List<Quad>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = new BlankNode("row" + i.ToString(CultureInfo.InvariantCulture));
            var run = runs?[i] ?? 0;
            quads.Add(new Quad(row, Position, Literal.Typed(run.ToString(CultureInfo.InvariantCulture), Vocab.Xsd.Integer), null));
            for (var c = 0; c < rows[i].Length; c++)
            {
                if (rows[i][c] is { } value)
                {
                    var term = value is BlankNode b ? new BlankNode("value-" + b.Label) : value;
                    quads.Add(new Quad(row, new Iri(Namespace + "column" + c.ToString(CultureInfo.InvariantCulture)), term, null));
                }
            }
        }

        return quads;
    }

    private static string Describe(IReadOnlyList<string> variables, List<Term?[]> actual, List<Term?[]> expected, bool ordered, bool lax)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{actual.Count} rows, expected {expected.Count}{(lax ? " (REDUCED: any count from the distinct rows up)" : string.Empty)}");
        var actualText = actual.Select(r => TermText.Row(variables, r)).ToList();
        var expectedText = expected.Select(r => TermText.Row(variables, r)).ToList();
        var missing = Subtract(expectedText, actualText, lax);
        var unexpected = Subtract(actualText, expectedText, lax);
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            var firstDifference = actualText.Zip(expectedText).Select((p, i) => (p, i)).FirstOrDefault(x => x.p.First != x.p.Second);
            sb.Append(ordered && firstDifference.p.First is not null
                ? $"; the same rows, not in the ORDER BY order: row {firstDifference.i + 1} is {firstDifference.p.First}, expected {firstDifference.p.Second}"
                : "; the rows match with blank node labels hidden, but the blank nodes are shared differently (within or between rows)");
        }

        List("missing", missing, sb);
        List("unexpected", unexpected, sb);
        return sb.ToString();
    }

    /// <summary>The rows of <paramref name="from"/> left over after taking out those of <paramref name="other"/>, duplicates counted (or ignored, for REDUCED).</summary>
    private static List<string> Subtract(List<string> from, List<string> other, bool lax)
    {
        var counts = other.GroupBy(r => r, StringComparer.Ordinal).ToDictionary(g => g.Key, g => lax ? int.MaxValue : g.Count(), StringComparer.Ordinal);
        var left = new List<string>();
        foreach (var row in from)
        {
            if (counts.TryGetValue(row, out var n) && n > 0)
            {
                counts[row] = n - 1;
            }
            else
            {
                left.Add(row);
            }
        }

        return left;
    }

    private static void List(string label, List<string> rows, StringBuilder sb)
    {
        foreach (var row in rows.Take(MaxListed))
        {
            sb.Append('\n').Append(label).Append(": ").Append(row);
        }

        if (rows.Count > MaxListed)
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n{label}: ... and {rows.Count - MaxListed} more");
        }
    }
}
