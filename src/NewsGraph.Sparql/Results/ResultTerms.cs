namespace NewsGraph.Sparql.Results;

/// <summary>Builds terms from the parts the JSON and XML formats give, with the checks both need.</summary>
internal static class ResultTerms
{
    public static BlankNode BlankNode(string label) =>
        label.Length > 0 ? new BlankNode(label) : throw new FormatException("a blank node with an empty label");

    /// <summary>A literal from its lexical form and optional language and datatype; an empty language counts as none, as xml:lang="" does.</summary>
    public static Literal Literal(string lexical, string? language, string? datatype, TermInterner iris)
    {
        if (!string.IsNullOrEmpty(language))
        {
            if (datatype is not null && datatype != Vocab.Rdf.LangString.Value)
            {
                throw new FormatException($"the literal \"{lexical}\" has both a language ({language}) and the datatype <{datatype}>");
            }

            return Rdf.Literal.LangString(lexical, language);
        }

        if (datatype is null)
        {
            return Rdf.Literal.Simple(lexical);
        }

        if (datatype.Length == 0 || datatype == Vocab.Rdf.LangString.Value)
        {
            throw new FormatException($"the literal \"{lexical}\" has the datatype <{datatype}> but no language");
        }

        return Rdf.Literal.Typed(lexical, iris.Iri(datatype));
    }

    public static NotSupportedException TripleTermsNotSupported() =>
        new("triple terms (RDF 1.2) in results are not supported: the RDF core has no term for them");

    public static NotSupportedException DirectionNotSupported() =>
        new("literals with a base direction (RDF 1.2) are not supported: the RDF core has no term for them");
}
