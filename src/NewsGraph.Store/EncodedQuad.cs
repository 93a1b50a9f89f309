namespace NewsGraph.Store;

/// <summary>
/// A quad as dictionary ids. Id 0 never names a term (it is the wildcard in patterns and "unbound"
/// in query solutions), <see cref="TermIds.DefaultGraph"/> is the default graph, and terms start at 2.
/// </summary>
public readonly record struct EncodedQuad(int S, int P, int O, int G);

/// <summary>The ids with a fixed meaning.</summary>
public static class TermIds
{
    /// <summary>No term: a wildcard in a pattern, an unbound variable in a solution.</summary>
    public const int None = 0;

    /// <summary>The graph component of quads in the default graph.</summary>
    public const int DefaultGraph = 1;

    /// <summary>In a pattern's graph position: any named graph, but not the default graph.</summary>
    public const int AnyNamedGraph = -1;

    /// <summary>The first id given to a term.</summary>
    public const int FirstTerm = 2;
}
