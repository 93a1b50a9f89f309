using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Optimizer;

/// <summary>
/// Moves each conjunct of a FILTER as deep as it can go: into the side of a join, the left of an
/// OPTIONAL, or both branches of a UNION, wherever all its variables are certainly bound. A filter
/// then discards solutions before they are joined with more data.
/// </summary>
internal static class FilterPushdown
{
    public static GraphPattern Push(GraphPattern pattern) => PatternRewriter.Rewrite(pattern, Rewrite);

    private static GraphPattern Rewrite(GraphPattern p)
    {
        if (p is not FilterPattern filter)
        {
            return p;
        }

        var inner = filter.Inner;
        var kept = new List<Expression>();
        foreach (var conjunct in Conjuncts(filter.Condition))
        {
            if (PatternRewriter.ContainsExists(conjunct) || !TryPush(ref inner, conjunct))
            {
                kept.Add(conjunct);
            }
        }

        return kept.Count == 0 ? inner : new FilterPattern(And(kept), inner);
    }

    /// <summary>Pushes one conjunct into the pattern if some child binds all its variables.</summary>
    private static bool TryPush(ref GraphPattern pattern, Expression conjunct)
    {
        var variables = PatternRewriter.Variables(conjunct).ToHashSet();
        switch (pattern)
        {
            case JoinPattern j:
                if (Covers(j.Left, variables))
                {
                    pattern = j with { Left = AddFilter(j.Left, conjunct) };
                    return true;
                }

                if (Covers(j.Right, variables))
                {
                    pattern = j with { Right = AddFilter(j.Right, conjunct) };
                    return true;
                }

                return false;
            case LeftJoinPattern lj when Covers(lj.Left, variables):
                pattern = lj with { Left = AddFilter(lj.Left, conjunct) };
                return true;
            case UnionPattern u when Covers(u.Left, variables) && Covers(u.Right, variables):
                pattern = u with { Left = AddFilter(u.Left, conjunct), Right = AddFilter(u.Right, conjunct) };
                return true;
            case ExtendPattern e when Covers(e.Inner, variables) && !variables.Contains(e.Variable):
                pattern = e with { Inner = AddFilter(e.Inner, conjunct) };
                return true;
            default:
                return false;
        }
    }

    private static bool Covers(GraphPattern p, HashSet<Variable> variables) =>
        variables.Count > 0 && variables.IsSubsetOf(PatternRewriter.CertainlyBound(p));

    private static GraphPattern AddFilter(GraphPattern p, Expression conjunct) =>
        Rewrite(p is FilterPattern f ? new FilterPattern(And([f.Condition, conjunct]), f.Inner) : new FilterPattern(conjunct, p));

    private static IEnumerable<Expression> Conjuncts(Expression e) =>
        e is CallExpression { Function: Function.And } and ? Conjuncts(and.Arguments[0]).Concat(Conjuncts(and.Arguments[1])) : [e];

    private static Expression And(List<Expression> parts) =>
        parts.Skip(1).Aggregate(parts[0], (a, b) => new CallExpression(Function.And, [a, b]));
}
