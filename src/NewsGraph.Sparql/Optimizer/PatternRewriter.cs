using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Optimizer;

/// <summary>Rebuilds a pattern bottom-up, applying a rewrite to every node (children first).</summary>
internal static class PatternRewriter
{
    public static GraphPattern Rewrite(GraphPattern p, Func<GraphPattern, GraphPattern> rewrite, Func<Expression, Expression>? expression = null)
    {
        expression ??= e => e;
        GraphPattern R(GraphPattern x) => Rewrite(x, rewrite, expression);
        var rebuilt = p switch
        {
            JoinPattern j => j with { Left = R(j.Left), Right = R(j.Right) },
            LeftJoinPattern lj => lj with { Left = R(lj.Left), Right = R(lj.Right), Filter = lj.Filter is null ? null : expression(lj.Filter) },
            FilterPattern f => f with { Condition = expression(f.Condition), Inner = R(f.Inner) },
            UnionPattern u => u with { Left = R(u.Left), Right = R(u.Right) },
            MinusPattern m => m with { Left = R(m.Left), Right = R(m.Right) },
            GraphGraphPattern g => g with { Inner = R(g.Inner) },
            ExtendPattern e => e with { Inner = R(e.Inner), Expression = expression(e.Expression) },
            GroupPattern g => new GroupPattern(R(g.Inner), g.Keys.Select(k => (k.Variable, expression(k.Expression))).ToList(), g.Aggregates),
            OrderByPattern o => new OrderByPattern(R(o.Inner), o.Conditions.Select(c => c with { Expression = expression(c.Expression) }).ToList()),
            ProjectPattern pr => new ProjectPattern(R(pr.Inner), pr.Variables),
            DistinctPattern d => d with { Inner = R(d.Inner) },
            ReducedPattern r => r with { Inner = R(r.Inner) },
            SlicePattern s => s with { Inner = R(s.Inner) },
            ServicePattern s => s with { Inner = R(s.Inner) },
            _ => p,
        };
        return rewrite(rebuilt);
    }

    /// <summary>
    /// Variables bound in every solution of the pattern (certainly bound): a filter on them can
    /// move to wherever they are bound without changing its result.
    /// </summary>
    public static HashSet<Variable> CertainlyBound(GraphPattern p) => p switch
    {
        BgpPattern bgp => bgp.Patterns.SelectMany(t => t.Variables()).ToHashSet(),
        PathPattern path => new[] { path.Subject.Variable, path.Object.Variable }.OfType<Variable>().ToHashSet(),
        JoinPattern j => CertainlyBound(j.Left).Union(CertainlyBound(j.Right)).ToHashSet(),
        LeftJoinPattern lj => CertainlyBound(lj.Left),
        FilterPattern f => CertainlyBound(f.Inner),
        UnionPattern u => CertainlyBound(u.Left).Intersect(CertainlyBound(u.Right)).ToHashSet(),
        MinusPattern m => CertainlyBound(m.Left),
        GraphGraphPattern g => CertainlyBound(g.Inner).Union(g.Name.Variable is { } v ? [v] : []).ToHashSet(),
        ValuesPattern v => v.Variables.Where((_, i) => v.Rows.All(r => r[i] is not null)).ToHashSet(),
        ProjectPattern pr => CertainlyBound(pr.Inner).Intersect(pr.Variables).ToHashSet(),
        DistinctPattern d => CertainlyBound(d.Inner),
        ReducedPattern r => CertainlyBound(r.Inner),
        SlicePattern s => CertainlyBound(s.Inner),
        OrderByPattern o => CertainlyBound(o.Inner),
        ExtendPattern e => CertainlyBound(e.Inner),
        _ => [],
    };

    public static IEnumerable<Variable> Variables(Expression e) => e switch
    {
        VariableExpression v => [v.Variable],
        CallExpression c => c.Arguments.SelectMany(Variables),
        IriCallExpression c => c.Arguments.SelectMany(Variables),
        _ => [],
    };

    /// <summary>EXISTS sees the whole solution it is evaluated on, so a filter containing it must stay where it was written.</summary>
    public static bool ContainsExists(Expression e) => e switch
    {
        ExistsExpression => true,
        CallExpression c => c.Arguments.Any(ContainsExists),
        IriCallExpression c => c.Arguments.Any(ContainsExists),
        _ => false,
    };
}
