using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Optimizer;

/// <summary>
/// The rewrite pipeline run on every query's algebra before it is compiled, in this order:
/// constant folding, then filter pushdown. Join order within basic graph patterns is chosen later,
/// at evaluation, from the store's exact counts.
/// </summary>
internal static class QueryOptimizer
{
    public static GraphPattern Optimize(GraphPattern pattern)
    {
        pattern = ConstantFolding.Fold(pattern);
        pattern = FilterPushdown.Push(pattern);
        return pattern;
    }
}
