
namespace NewsGraph.Server.Web.Data;

/// <summary>One solution of a page's query, read by variable name.</summary>
internal sealed class Row(IReadOnlyDictionary<string, int> columns, Term?[] values)
{
    public Term? this[string variable] => columns.TryGetValue(variable, out var i) && i < values.Length ? values[i] : null;

    public Iri? Iri(string variable) => this[variable] as Iri;

    /// <summary>The lexical form of a literal (or an IRI's text), null when unbound.</summary>
    public string? Text(string variable) => this[variable] switch
    {
        Literal literal => literal.Lexical,
        Iri iri => iri.Value,
        _ => null,
    };
}
