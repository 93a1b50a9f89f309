namespace NewsGraph.Sparql.Algebra;

/// <summary>The SPARQL algebra (§18.2): what a query's WHERE clause and modifiers translate to.</summary>
public abstract record GraphPattern;

/// <summary>A basic graph pattern; the empty one is the join identity (one empty solution).</summary>
public sealed record BgpPattern(IReadOnlyList<TriplePattern> Patterns) : GraphPattern
{
    public static readonly BgpPattern Empty = new([]);

    public bool Equals(BgpPattern? other) => other is not null && Patterns.SequenceEqual(other.Patterns);

    public override int GetHashCode() => Patterns.Count;
}

/// <summary>A property path between two positions.</summary>
public sealed record PathPattern(PatternTerm Subject, PropertyPath Path, PatternTerm Object) : GraphPattern;

public sealed record JoinPattern(GraphPattern Left, GraphPattern Right) : GraphPattern;

/// <summary>OPTIONAL: <see cref="Filter"/> is the OPTIONAL's own FILTER, evaluated with both sides' bindings.</summary>
public sealed record LeftJoinPattern(GraphPattern Left, GraphPattern Right, Expression? Filter) : GraphPattern;

public sealed record FilterPattern(Expression Condition, GraphPattern Inner) : GraphPattern;

public sealed record UnionPattern(GraphPattern Left, GraphPattern Right) : GraphPattern;

public sealed record MinusPattern(GraphPattern Left, GraphPattern Right) : GraphPattern;

/// <summary>GRAPH name { … } where the name is an IRI or a variable.</summary>
public sealed record GraphGraphPattern(PatternTerm Name, GraphPattern Inner) : GraphPattern;

/// <summary>BIND (or a SELECT expression): adds <see cref="Variable"/> with the expression's value.</summary>
public sealed record ExtendPattern(GraphPattern Inner, Variable Variable, Expression Expression) : GraphPattern;

/// <summary>VALUES: an inline table; null cells are UNDEF.</summary>
public sealed record ValuesPattern(IReadOnlyList<Variable> Variables, IReadOnlyList<Term?[]> Rows) : GraphPattern
{
    public bool Equals(ValuesPattern? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Rows.Count;
}

/// <summary>GROUP BY keys with the aggregates computed per group, each bound to a variable.</summary>
public sealed record GroupPattern(GraphPattern Inner, IReadOnlyList<(Variable Variable, Expression Expression)> Keys, IReadOnlyList<(Variable Variable, Aggregate Aggregate)> Aggregates) : GraphPattern
{
    public bool Equals(GroupPattern? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Keys.Count;
}

public sealed record OrderCondition(Expression Expression, bool Descending);

public sealed record OrderByPattern(GraphPattern Inner, IReadOnlyList<OrderCondition> Conditions) : GraphPattern
{
    public bool Equals(OrderByPattern? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => Conditions.Count;
}

public sealed record ProjectPattern(GraphPattern Inner, IReadOnlyList<Variable> Variables) : GraphPattern
{
    public bool Equals(ProjectPattern? other) => other is not null && Inner.Equals(other.Inner) && Variables.SequenceEqual(other.Variables);

    public override int GetHashCode() => Variables.Count;
}

public sealed record DistinctPattern(GraphPattern Inner) : GraphPattern;

public sealed record ReducedPattern(GraphPattern Inner) : GraphPattern;

/// <summary>OFFSET and LIMIT; a null limit means no limit.</summary>
public sealed record SlicePattern(GraphPattern Inner, long Offset, long? Limit) : GraphPattern;

/// <summary>
/// SERVICE: federated query, only to endpoints the host allows. <paramref name="RemoteQuery"/> is
/// the SELECT sent to the endpoint: the group as written, with the prologue in force where it stood.
/// </summary>
public sealed record ServicePattern(PatternTerm Endpoint, GraphPattern Inner, bool Silent, string RemoteQuery) : GraphPattern;
