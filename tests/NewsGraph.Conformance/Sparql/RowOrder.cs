using NewsGraph.Rdf;
using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Conformance.Sparql;

/// <summary>
/// The order a query's ORDER BY imposes on its rows. When every sort key is a projected
/// variable, rows that tie on all keys may come in any order, so only the sequence of key
/// values is checked, and the rows within each run of equal keys as a multiset. Otherwise the
/// keys cannot be seen in the results, and the whole sequence must match.
/// </summary>
/// <param name="KeyVariables">The sort keys' variables, or null when some key is not a projected variable.</param>
internal sealed record RowOrder(IReadOnlyList<string>? KeyVariables)
{
    /// <summary>The order of the query's results, or null when it has no top-level ORDER BY.</summary>
    public static RowOrder? Of(Query query)
    {
        var pattern = query.Pattern;
        while (true)
        {
            switch (pattern)
            {
                case OrderByPattern order:
                    return new RowOrder(Keys(order, query.Projection));
                case ProjectPattern p:
                    pattern = p.Inner;
                    break;
                case DistinctPattern d:
                    pattern = d.Inner;
                    break;
                case ReducedPattern r:
                    pattern = r.Inner;
                    break;
                case SlicePattern s:
                    pattern = s.Inner;
                    break;

                // SELECT expressions may be translated above or below the ORDER BY.
                case ExtendPattern e:
                    pattern = e.Inner;
                    break;
                default:
                    return null;
            }
        }
    }

    private static List<string>? Keys(OrderByPattern order, IReadOnlyList<Variable> projection)
    {
        var keys = new List<string>();
        foreach (var condition in order.Conditions)
        {
            if (condition.Expression is not VariableExpression { Variable: var v } || !projection.Contains(v))
            {
                return null;
            }

            keys.Add(v.Name);
        }

        return keys;
    }

    /// <summary>
    /// Numbers each row by the run of equal sort keys it belongs to, so that ties share a number;
    /// <paramref name="keyColumns"/> are the key variables' columns, or null to give every row its own number.
    /// </summary>
    public static int[] Runs(IReadOnlyList<Term?[]> rows, IReadOnlyList<int>? keyColumns)
    {
        var runs = new int[rows.Count];
        for (var i = 1; i < rows.Count; i++)
        {
            var tied = keyColumns is not null && keyColumns.All(c => rows[i][c] == rows[i - 1][c]);
            runs[i] = tied ? runs[i - 1] : runs[i - 1] + 1;
        }

        return runs;
    }
}
