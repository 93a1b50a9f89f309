namespace NewsGraph.Sparql.Algebra;

/// <summary>The RDF dataset a query names with FROM and FROM NAMED.</summary>
public sealed record QueryDataset(IReadOnlyList<Iri> Default, IReadOnlyList<Iri> Named);

public enum QueryForm
{
    Select,
    Construct,
    Describe,
    Ask,
}

/// <summary>
/// A parsed and translated query: its form, its algebra, and what the form needs (the projected
/// variables, the CONSTRUCT template, the DESCRIBE targets).
/// </summary>
public sealed record Query(
    QueryForm Form,
    GraphPattern Pattern,
    IReadOnlyList<Variable> Projection,
    IReadOnlyList<TriplePattern> Template,
    IReadOnlyList<PatternTerm> DescribeTargets,
    QueryDataset? Dataset,
    string? BaseIri)
{
    public override string ToString() => $"{Form} {Pattern}";
}
