using System.Text;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// Queries whose cost explodes on any data: they must end by the timeout or a cap, never by
/// running the process out of memory or stack. Cross joins, nested closures, deep OPTIONALs,
/// huge VALUES, exponential strings, catastrophic regular expressions, and nesting far past
/// the parser's limit.
/// </summary>
public static class PathologicalQueries
{
    private const string Prologue = "PREFIX : <http://example.org/> ";

    // Interpolated numbers need no culture: they are all non-negative integers.
    public static IReadOnlyList<FuzzCase> All { get; } =
    [
        Query("cross join of 6 patterns", $"SELECT * WHERE {{ {CrossJoin(6)} }}"),
        Query("cross join of 8 patterns, counted", $"SELECT (COUNT(*) AS ?n) WHERE {{ {CrossJoin(8)} }}"),
        Query("cross join of 6 patterns, ordered", $"SELECT * WHERE {{ {CrossJoin(6)} }} ORDER BY ?v0 DESC(?v17)"),
        Query("cross join of 6 patterns, distinct", $"SELECT DISTINCT ?v0 ?v17 WHERE {{ {CrossJoin(6)} }}"),
        Query("cross join of 6 patterns that never matches", $"ASK {{ {CrossJoin(6)} FILTER(?v17 = \"no such value\") }}"),
        Query("cross join of 6 patterns, constructed", $"CONSTRUCT {{ ?v0 ?v1 ?v5 . ?v9 ?v10 ?v17 }} WHERE {{ {CrossJoin(6)} }}"),
        Query("cross join of 4 patterns, concatenated", $"SELECT (GROUP_CONCAT(STR(?v11)) AS ?all) WHERE {{ {CrossJoin(4)} }}"),
        Query("(:p*)*", "SELECT * WHERE { ?s (:p*)* ?o }"),
        Query("((:p|^:p)*)/((:p|^:p)*) chain of 6", $"SELECT * WHERE {{ ?s {string.Join('/', Enumerable.Repeat("((:p|^:p)*)", 6))} ?o }}"),
        Query("((:p|^:p)*)/((:p|^:p)*) chain of 6, counted", $"SELECT (COUNT(*) AS ?n) WHERE {{ ?s {string.Join('/', Enumerable.Repeat("((:p|^:p)*)", 6))} ?o }}"),
        Query("closure over every predicate", "SELECT * WHERE { ?s (!:nothing|^!:nothing)* ?o }"),
        Query("three closures joined", "SELECT (COUNT(*) AS ?n) WHERE { ?a (:p|:q)* ?b . ?b (:p|^:q)* ?c . ?c (^:p|:knows)* ?d }"),
        Query("OPTIONALs nested 200 deep", $"SELECT * WHERE {{ ?s0 ?p0 ?o0 {Nested(200, i => $"OPTIONAL {{ ?s{i} ?p{i} ?o{i} ", " }")} }}"),
        Query("200 OPTIONALs in a row", $"SELECT * WHERE {{ ?s ?p ?o {Repeated(200, i => $"OPTIONAL {{ ?o ?q{i} ?x{i} }} ")}}}"),
        Query("VALUES of 100,000 rows", $"SELECT * WHERE {{ VALUES ?x {{ {Repeated(100_000, i => $"{i} ")}}} ?s ?p ?x }}"),
        Query("two VALUES of 50,000 rows, crossed", $"SELECT * WHERE {{ VALUES ?x {{ {Repeated(50_000, i => $"{i} ")}}} VALUES ?y {{ {Repeated(50_000, i => $"{i} ")}}} }}"),
        Query("VALUES of 1,000 variables", $"SELECT * WHERE {{ VALUES ({Repeated(1_000, i => $"?x{i} ")}) {{ {Repeated(100, _ => $"({Repeated(1_000, j => $"{j} ")}) ")}}} }}"),
        Query("string doubled 40 times", $"SELECT ?x40 WHERE {{ BIND(\"ab\" AS ?x0) {Repeated(40, i => $"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1}) ")}}}"),
        Query("regular expression with catastrophic backtracking", "SELECT * WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(a+)+$\")) }"),
        Query("100,000 nested '{'", $"SELECT * WHERE {new string('{', 100_000)}"),
        Query("100,000 nested '('", $"SELECT * WHERE {{ FILTER{new string('(', 100_000)}true{new string(')', 100_000)} }}"),
        Update("DELETE/INSERT over a cross join of 5 patterns", $"DELETE {{ ?v0 ?v1 ?v2 }} INSERT {{ ?v3 ?v4 ?v14 }} WHERE {{ {CrossJoin(5)} }}"),
        Update("INSERT of a cross join of 3 patterns, many times over", Repeated(20, _ => $"INSERT {{ ?v0 ?v1 ?v8 }} WHERE {{ {CrossJoin(3)} }} ; ") + "CLEAR SILENT GRAPH :nothing"),
    ];

    /// <summary>Patterns with no variable in common: n of them over q quads give q^n solutions.</summary>
    private static string CrossJoin(int patterns) =>
        Repeated(patterns, i => $"?v{3 * i} ?v{(3 * i) + 1} ?v{(3 * i) + 2} . ");

    private static string Nested(int depth, Func<int, string> open, string close) =>
        string.Concat(Enumerable.Range(1, depth).Select(open)) + string.Concat(Enumerable.Repeat(close, depth));

    private static string Repeated(int count, Func<int, string> unit) =>
        Enumerable.Range(0, count).Aggregate(new StringBuilder(), (sb, i) => sb.Append(unit(i)), sb => sb.ToString());

    private static FuzzCase Query(string name, string text) => Case(name, SparqlSettings.Query, text);

    private static FuzzCase Update(string name, string text) => Case(name, SparqlSettings.Update, text);

    private static FuzzCase Case(string name, SparqlSettings kind, string text) =>
        new(Prologue + text, kind, $"pathological: {name}", [$"pathological: {name}"]);
}
