namespace NewsGraph.Rdf;

/// <summary>
/// An RDF 1.1 literal. Every literal has a datatype: a simple literal is an <c>xsd:string</c>
/// and a literal with a language tag is an <c>rdf:langString</c>, so <c>"a"</c> and
/// <c>"a"^^xsd:string</c> are the same term. Language tags are stored in lower case, since
/// BCP 47 tags compare case-insensitively.
/// </summary>
public sealed class Literal : Term
{
    private Literal(string lexical, Iri datatype, string? language)
    {
        Lexical = lexical;
        Datatype = datatype;
        Language = language;
    }

    public string Lexical { get; }

    public Iri Datatype { get; }

    /// <summary>The language tag in lower case, or null when the literal has none.</summary>
    public string? Language { get; }

    public override TermKind Kind => TermKind.Literal;

    /// <summary>
    /// The value a query engine parsed from the lexical form, kept with the term so that each literal
    /// is parsed once however many times it is compared. A pure cache: it never changes the term.
    /// </summary>
    internal object? ParsedValue { get; set; }

    public bool IsSimple => Language is null && ReferenceEquals(Datatype, Vocab.Xsd.String);

    public static Literal Simple(string lexical)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        return new Literal(lexical, Vocab.Xsd.String, null);
    }

    public static Literal Typed(string lexical, Iri datatype)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(datatype);

        // Keep the well-known datatype instances so that IsSimple and comparisons stay reference checks.
        if (datatype.Value == Vocab.Xsd.String.Value)
        {
            datatype = Vocab.Xsd.String;
        }
        else if (datatype.Value == Vocab.Rdf.LangString.Value)
        {
            throw new ArgumentException("rdf:langString literals need a language tag; use Literal.LangString.", nameof(datatype));
        }

        return new Literal(lexical, datatype, null);
    }

    public static Literal LangString(string lexical, string language)
    {
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentException.ThrowIfNullOrEmpty(language);
        return new Literal(lexical, Vocab.Rdf.LangString, language.ToLowerInvariant());
    }

    public override string ToString() => NTriplesText.Literal(this);

    private protected override int ComputeHash() =>
        HashCode.Combine(string.GetHashCode(Lexical, StringComparison.Ordinal), Datatype.GetHashCode(), Language is null ? 0 : string.GetHashCode(Language, StringComparison.Ordinal));

    private protected override bool ValueEquals(Term other)
    {
        var o = (Literal)other;
        return string.Equals(Lexical, o.Lexical, StringComparison.Ordinal)
            && string.Equals(Language, o.Language, StringComparison.Ordinal)
            && Datatype.Equals(o.Datatype);
    }

    private protected override int CompareSameKind(Term other)
    {
        var o = (Literal)other;
        var c = string.CompareOrdinal(Lexical, o.Lexical);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Language, o.Language);
        return c != 0 ? c : Datatype.CompareTo(o.Datatype);
    }
}
