using System.Globalization;
using System.Text;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// Queries and updates that are valid apart from their depth or length, drawn around the parser's
/// nesting limit and far past it. Nesting (brackets in brackets) and long chains (a UNION of
/// thousands of groups, thousands of FILTERs) both build deep trees that parsing, optimising and
/// evaluating may walk recursively; mutated corpus files rarely get that deep before some other
/// syntax error stops the parser.
/// </summary>
internal static class DeepDocuments
{
    private const string Prologue = "PREFIX : <http://example.org/> ";

    // Each chain keeps its output to a few megabytes.
    private const int MaxChars = 1 << 22;

    /// <summary>Shapes nested <c>Open … Middle … Close</c>, put where <c>Document</c> has {0}.</summary>
    private static readonly (string Name, SparqlSettings Kind, string Open, string Middle, string Close, string Document)[] Nestings =
    [
        ("groups", SparqlSettings.Query, "{ ", "?s ?p ?o", " }", "SELECT * WHERE {0}"),
        ("unclosed groups", SparqlSettings.Query, "{", "", "", "SELECT * WHERE {0}"),
        ("brackets in a filter", SparqlSettings.Query, "(", "?o", ")", "SELECT * WHERE { ?s ?p ?o FILTER{0} }"),
        ("unclosed brackets in a filter", SparqlSettings.Query, "(", "", "", "SELECT * WHERE { ?s ?p ?o FILTER{0}"),
        ("brackets in a path", SparqlSettings.Query, "(", ":p", ")", "SELECT * WHERE { ?s {0} ?o }"),
        ("inverse paths", SparqlSettings.Query, "^(", ":p", ")", "SELECT * WHERE { ?s {0} ?o }"),
        ("closures of paths", SparqlSettings.Query, "(", ":p", ")*", "SELECT * WHERE { ?s {0} ?o }"),
        ("collections", SparqlSettings.Query, "( ", "1", " )", "SELECT * WHERE { ?s :p {0} }"),
        ("blank node property lists", SparqlSettings.Query, "[ :p ", "1", " ]", "SELECT * WHERE { ?s :p {0} }"),
        ("sub-selects", SparqlSettings.Query, "{ SELECT * WHERE { ", "?s ?p ?o", " } }", "SELECT * WHERE {0}"),
        ("OPTIONAL groups", SparqlSettings.Query, "OPTIONAL { ?s ?p ?o ", "", " }", "SELECT * WHERE { ?s ?p ?o {0} }"),
        ("NOT EXISTS filters", SparqlSettings.Query, "FILTER NOT EXISTS { ?s ?p ?o ", "", " }", "SELECT * WHERE { ?s ?p ?o {0} }"),
        ("GRAPH blocks", SparqlSettings.Query, "GRAPH ?g { ", "?s ?p ?o", " }", "SELECT * WHERE { {0} }"),
        ("function calls", SparqlSettings.Query, "STR(", "?o", ")", "SELECT * WHERE { ?s ?p ?o BIND({0} AS ?x) }"),
        ("negations", SparqlSettings.Query, "!(", "true", ")", "ASK { FILTER({0}) }"),
        ("unary minus", SparqlSettings.Query, "-(", "1", ")", "SELECT ({0} AS ?x) WHERE {}"),
        ("IF expressions", SparqlSettings.Query, "IF(true, ", "1", ", 0)", "SELECT ({0} AS ?x) WHERE {}"),
        ("collections in an update", SparqlSettings.Update, "( ", "1", " )", "INSERT DATA { :s :p {0} }"),
        ("groups in an update", SparqlSettings.Update, "{ ", "?s ?p ?o", " }", "DELETE { ?s ?p ?o } WHERE {0}"),
    ];

    /// <summary>
    /// Chains of a unit repeated inside <c>Document</c> at {0}. Only units that need distinct
    /// variables number them with {i}: an exact repetition is what the minimizer can bisect.
    /// </summary>
    private static readonly (string Name, SparqlSettings Kind, string Unit, string Document)[] Chains =
    [
        ("UNION chain", SparqlSettings.Query, " UNION { ?s :p ?o }", "SELECT * WHERE { { ?s :p ?o }{0} }"),
        ("OPTIONAL sequence", SparqlSettings.Query, " OPTIONAL { ?s :q ?x }", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("MINUS sequence", SparqlSettings.Query, " MINUS { ?s :q ?o }", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("FILTER sequence", SparqlSettings.Query, " FILTER(?o != 0)", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("BIND sequence", SparqlSettings.Query, " BIND({i} AS ?b{i})", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("group sequence", SparqlSettings.Query, " { ?s :p ?o }", "SELECT * WHERE { {0} }"),
        ("GRAPH sequence", SparqlSettings.Query, " GRAPH ?g { ?s :p ?o }", "SELECT * WHERE { {0} }"),
        ("triple pattern chain", SparqlSettings.Query, " ?v{i} :p ?w{i} .", "SELECT * WHERE { {0} }"),
        ("property list", SparqlSettings.Query, " ; :q ?x", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("object list", SparqlSettings.Query, ", ?o", "SELECT * WHERE { ?s :p ?o {0} }"),
        ("path sequence", SparqlSettings.Query, "/:p", "SELECT * WHERE { ?s :p{0} ?o }"),
        ("path alternative", SparqlSettings.Query, "|:q", "SELECT * WHERE { ?s :p{0} ?o }"),
        ("|| chain", SparqlSettings.Query, " || ?o = 1", "SELECT * WHERE { ?s :p ?o FILTER(false{0}) }"),
        ("+ chain", SparqlSettings.Query, " + 1", "SELECT (0{0} AS ?x) WHERE {}"),
        ("IN list", SparqlSettings.Query, ", 1", "SELECT * WHERE { ?s :p ?o FILTER(?o IN (0{0})) }"),
        ("CONCAT arguments", SparqlSettings.Query, ", \"a\"", "SELECT (CONCAT(\"a\"{0}) AS ?x) WHERE {}"),
        ("VALUES rows", SparqlSettings.Query, " (1)", "SELECT * WHERE { VALUES (?x) {{0} } }"),
        ("ORDER BY keys", SparqlSettings.Query, " ?o", "SELECT * WHERE { ?s :p ?o } ORDER BY{0}"),
        ("projected expressions", SparqlSettings.Query, " (?o AS ?x{i})", "SELECT{0} WHERE { ?s :p ?o }"),
        ("CONSTRUCT template", SparqlSettings.Query, " ?s :p ?o .", "CONSTRUCT {{0} } WHERE { ?s :p ?o }"),
        ("collection members", SparqlSettings.Query, " 1", "SELECT * WHERE { ?s :list ({0} ) }"),
        ("update operations", SparqlSettings.Update, " ; INSERT DATA { :s :p 1 }", "INSERT DATA { :s :p 0 }{0}"),
        ("quads in INSERT DATA", SparqlSettings.Update, " :s :p 1 .", "INSERT DATA {{0} }"),
        ("DELETE/INSERT patterns", SparqlSettings.Update, " ?s :p ?o .", "DELETE {{0} } WHERE { ?s :p ?o }"),
    ];

    public static FuzzCase Make(Random rng)
    {
        var depth = rng.Next(5) switch
        {
            0 => rng.Next(1, 64),
            1 => SparqlTokens.NestingLimit + rng.Next(-2, 3),
            2 => 1_000,
            3 => 10_000,
            _ => 100_000,
        };
        return rng.Next(2) == 0 ? Nested(Nestings[rng.Next(Nestings.Length)], depth) : Chain(Chains[rng.Next(Chains.Length)], depth);
    }

    private static FuzzCase Nested((string Name, SparqlSettings Kind, string Open, string Middle, string Close, string Document) shape, int depth)
    {
        var nested = new StringBuilder().Insert(0, shape.Open, depth).Append(shape.Middle);
        nested.Insert(nested.Length, shape.Close, depth);
        return Case(shape.Name, shape.Kind, shape.Document, nested.ToString(), Invariant($"nesting: {shape.Name}, depth {depth}"));
    }

    private static FuzzCase Chain((string Name, SparqlSettings Kind, string Unit, string Document) shape, int length)
    {
        var chain = new StringBuilder();
        for (var i = 0; i < length && chain.Length < MaxChars; i++)
        {
            chain.Append(shape.Unit.Replace("{i}", i.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return Case(shape.Name, shape.Kind, shape.Document, chain.ToString(), Invariant($"chain: {shape.Name}, length {length}"));
    }

    private static FuzzCase Case(string name, SparqlSettings kind, string document, string filling, string recipe) =>
        new(Prologue + document.Replace("{0}", filling, StringComparison.Ordinal), kind, recipe, [$"deep {name}"]);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
