using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Optimizer;

/// <summary>The rewrite pipeline run on every query's algebra before it is compiled.</summary>
internal static class QueryOptimizer
{
    public static GraphPattern Optimize(GraphPattern pattern) => pattern;
}
