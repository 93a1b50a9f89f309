using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>Terms and rows as short text for failure messages.</summary>
internal static class TermText
{
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    /// <summary>
    /// N-Triples form with <c>xsd:</c> datatypes shortened. Blank node labels never match between
    /// two result documents, so they show as <c>_:*</c>.
    /// </summary>
    public static string Of(Term? term) => term switch
    {
        null => "UNDEF",
        BlankNode => "_:*",
        Literal { Language: null } l when l.Datatype.Value.StartsWith(Xsd, StringComparison.Ordinal) && !l.IsSimple =>
            $"{Literal.Simple(l.Lexical)}^^xsd:{l.Datatype.Value[Xsd.Length..]}",
        _ => term.ToString(),
    };

    /// <summary>A row as <c>?x=term ?y=term</c>, leaving out unbound variables.</summary>
    public static string Row(IReadOnlyList<string> variables, Term?[] row) =>
        row.All(t => t is null)
            ? "(no bindings)"
            : string.Join(" ", variables.Select((v, i) => row[i] is { } t ? $"?{v}={Of(t)}" : null).OfType<string>());
}
