namespace NewsGraph.Rdf;

/// <summary>An absolute IRI (RDF 1.1 §3.2). The string is kept as given, without normalisation.</summary>
public sealed class Iri : Term
{
    public Iri(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public string Value { get; }

    public override TermKind Kind => TermKind.Iri;

    public override string ToString() => NTriplesText.Iri(Value);

    private protected override int ComputeHash() => string.GetHashCode(Value, StringComparison.Ordinal);

    private protected override bool ValueEquals(Term other) => string.Equals(Value, ((Iri)other).Value, StringComparison.Ordinal);

    private protected override int CompareSameKind(Term other) => string.CompareOrdinal(Value, ((Iri)other).Value);
}
