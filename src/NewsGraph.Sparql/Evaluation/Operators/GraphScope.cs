using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>Which graph a triple pattern reads: the query's default graph, one named graph, or a GRAPH variable.</summary>
internal abstract record GraphScope
{
    public static readonly GraphScope Default = new DefaultScope();

    public sealed record DefaultScope : GraphScope;

    /// <summary>GRAPH &lt;iri&gt;: the graph's id, or <see cref="TermIds.None"/> if the store lacks it (nothing matches).</summary>
    public sealed record NamedScope(int GraphId) : GraphScope;

    /// <summary>GRAPH ?g: the slot that holds (or will receive) the graph.</summary>
    public sealed record VariableScope(int Slot) : GraphScope;
}
