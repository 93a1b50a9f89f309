namespace NewsGraph.Rdf;

/// <summary>The three kinds of RDF 1.1 term.</summary>
public enum TermKind : byte
{
    Iri,
    BlankNode,
    Literal,
}

/// <summary>
/// An RDF term. Terms are immutable and compare by value; parsers intern them
/// (see <see cref="TermInterner"/>) so that repeated terms share one instance and
/// equality usually succeeds on the reference check.
/// </summary>
public abstract class Term : IEquatable<Term>, IComparable<Term>
{
    private int _hash;

    private protected Term()
    {
    }

    public abstract TermKind Kind { get; }

    public bool IsIri => Kind == TermKind.Iri;

    public bool IsBlankNode => Kind == TermKind.BlankNode;

    public bool IsLiteral => Kind == TermKind.Literal;

    public bool Equals(Term? other) =>
        ReferenceEquals(this, other) || (other is not null && other.Kind == Kind && GetHashCode() == other.GetHashCode() && ValueEquals(other));

    public override bool Equals(object? obj) => obj is Term t && Equals(t);

    public override int GetHashCode()
    {
        // Terms are immutable, so the hash is computed once; 0 doubles as "not yet computed".
        var h = _hash;
        if (h == 0)
        {
            h = ComputeHash();
            if (h == 0)
            {
                h = 1;
            }

            _hash = h;
        }

        return h;
    }

    /// <summary>
    /// A total order: blank nodes, then IRIs, then literals (the SPARQL ORDER BY order of kinds),
    /// each ordered by code point. Used for stable output, not for SPARQL value comparison.
    /// </summary>
    public int CompareTo(Term? other)
    {
        if (other is null)
        {
            return 1;
        }

        if (ReferenceEquals(this, other))
        {
            return 0;
        }

        var byKind = KindRank(Kind).CompareTo(KindRank(other.Kind));
        return byKind != 0 ? byKind : CompareSameKind(other);
    }

    /// <summary>The term in N-Triples syntax.</summary>
    public abstract override string ToString();

    public static bool operator ==(Term? a, Term? b) => a is null ? b is null : a.Equals(b);

    public static bool operator !=(Term? a, Term? b) => !(a == b);

    private protected abstract int ComputeHash();

    private protected abstract bool ValueEquals(Term other);

    private protected abstract int CompareSameKind(Term other);

    private static int KindRank(TermKind kind) => kind switch
    {
        TermKind.BlankNode => 0,
        TermKind.Iri => 1,
        _ => 2,
    };
}
