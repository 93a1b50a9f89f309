namespace NewsGraph.Sparql.Algebra;

/// <summary>SPARQL 1.1 property paths (§9, §18.1.7).</summary>
public abstract record PropertyPath;

public sealed record LinkPath(Iri Predicate) : PropertyPath
{
    public override string ToString() => Predicate.ToString();
}

public sealed record InversePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => $"^({Path})";
}

public sealed record SequencePath(PropertyPath First, PropertyPath Second) : PropertyPath
{
    public override string ToString() => $"({First} / {Second})";
}

public sealed record AlternativePath(PropertyPath First, PropertyPath Second) : PropertyPath
{
    public override string ToString() => $"({First} | {Second})";
}

public sealed record ZeroOrMorePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => $"({Path})*";
}

public sealed record OneOrMorePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => $"({Path})+";
}

public sealed record ZeroOrOnePath(PropertyPath Path) : PropertyPath
{
    public override string ToString() => $"({Path})?";
}

/// <summary><c>!(a|^b)</c>: any predicate but the listed ones, forwards, and any but the inverse ones, backwards.</summary>
public sealed record NegatedPropertySet(IReadOnlyList<Iri> Forward, IReadOnlyList<Iri> Inverse) : PropertyPath
{
    public override string ToString() =>
        "!(" + string.Join(" | ", Forward.Select(f => f.ToString()).Concat(Inverse.Select(i => "^" + i))) + ")";
}
