namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>The text the mutator splices into SPARQL queries and updates.</summary>
internal static class SparqlTokens
{
    /// <summary>Mirrors the parser's nesting limit (SparqlParser.MaxNesting), around which repetitions are drawn.</summary>
    public const int NestingLimit = 250;

    private static readonly string[] Interesting =
    [
        "{", "}", "(", ")", "[", "]", ".", ";", ",", "*", "+", "?", "/", "|", "^", "!", "=", "!=", "<", ">", "<=", ">=", "&&", "||", "-",
        "\n", "\r", "\t", " ", "#", "# c\n", "@", "^^", "_:", "_:b0", "[]", "()", "<<", ">>", "{|", "|}", "<>", "<#>", "<http://example.org/a>", "<../x>",
        "$", "?x", "$x", "?s", "?o", "?\u00E9", "?0", "?_", "a", ":", ":a", ":p", "p:", "xsd:", ":a.b", ":a\\-b", "p:%41", ":\u00B7",
        "SELECT", "SELECT *", "SELECT DISTINCT", "SELECT REDUCED", "ASK", "CONSTRUCT", "CONSTRUCT WHERE", "DESCRIBE", "DESCRIBE *", "WHERE",
        "FROM <http://example.org/g1>", "FROM NAMED <http://example.org/g2>", "PREFIX : <http://example.org/>", "PREFIX", "BASE <http://example.org/x/>", "BASE",
        "OPTIONAL", "UNION", "MINUS", "FILTER", "BIND", "AS", "VALUES", "UNDEF", "GRAPH", "GRAPH ?g", "SERVICE", "SERVICE SILENT <http://example.org/sparql>",
        "EXISTS", "NOT EXISTS", "IN", "NOT IN", "GROUP BY", "HAVING", "ORDER BY", "ASC", "DESC", "LIMIT", "OFFSET", "LIMIT 0", "OFFSET 0",
        "LIMIT 99999999999999999999", "OFFSET 9223372036854775807", "DISTINCT", "COUNT(*)", "COUNT(DISTINCT *)", "SUM(", "AVG(", "MIN(", "MAX(",
        "SAMPLE(", "GROUP_CONCAT(", "; SEPARATOR=\"\"", "(COUNT(*) AS ?n)", "{ SELECT * WHERE { ?s ?p ?o } }", "?s ?p ?o", "?s ?p ?o .",
        "STR(", "LANG(", "LANGMATCHES(", "DATATYPE(", "BOUND(", "IRI(", "URI(", "BNODE(", "BNODE()", "RAND()", "ABS(", "CEIL(", "FLOOR(", "ROUND(",
        "CONCAT(", "STRLEN(", "UCASE(", "LCASE(", "ENCODE_FOR_URI(", "CONTAINS(", "STRSTARTS(", "STRENDS(", "STRBEFORE(", "STRAFTER(",
        "YEAR(", "MONTH(", "DAY(", "HOURS(", "MINUTES(", "SECONDS(", "TIMEZONE(", "TZ(", "NOW()", "UUID()", "STRUUID()", "MD5(", "SHA1(",
        "SHA256(", "SHA384(", "SHA512(", "COALESCE(", "IF(", "STRLANG(", "STRDT(", "sameTerm(", "isIRI(", "isBLANK(", "isLITERAL(", "isNUMERIC(",
        "REGEX(", "SUBSTR(", "REPLACE(", "xsd:integer(", "xsd:dateTime(", "xsd:boolean(", "xsd:double(", "xsd:decimal(", "xsd:string(",
        "<http://www.w3.org/2001/XMLSchema#integer>(", "<http://example.org/unknownFunction>(",
        "REGEX(?o, \"^(a+)+$\")", "REGEX(STR(?o), \"(\")", "REGEX(?o, \"a\", \"z\")", "REPLACE(STR(?o), \"\", \"x\")", "REPLACE(STR(?o), \"(a)\", \"$2\")",
        "SUBSTR(STR(?o), 9223372036854775807)", "SUBSTR(STR(?o), -1e308, 1e308)", "SUBSTR(\"\uD83D\uDE00\", 2, 1)", "STRLEN(\"\uD83D\uDE00\")",
        "true", "false", "0", "-0", "1", "-1", ".5", "1.", "1e", "1e309", "-1e309", "1.0e-400", "9223372036854775808", "-9223372036854775809",
        "99999999999999999999999999999999999999", "0.0000000000000000000000000001", "1/0", "0/0", "1.0/0", "-1.0e0/0",
        "\"x\"", "'x'", "\"\"", "\"\"\"x\"\"\"", "'''x'''", "\"x\"@en", "\"x\"@en-US", "\"x\"@-", "\"x\"^^xsd:integer", "\"abc\"^^xsd:integer",
        "\"1\"^^<http://www.w3.org/2001/XMLSchema#integer>", "\"2024-02-30T25:61:61Z\"^^<http://www.w3.org/2001/XMLSchema#dateTime>",
        "\"NaN\"^^<http://www.w3.org/2001/XMLSchema#double>", "\"INF\"^^<http://www.w3.org/2001/XMLSchema#float>", "\"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>",
        "\\u", "\\U", "\\u0000", "\\u0041", "\\uD800", "\\U0001F600", "\\U00110000", "\\n", "\\\"", "%zz", "%41",
        "\uD800", "\uDC00", "\uD83D\uDE00", "\0", "\uFEFF", "\uFFFF", "\u00B7", "\u0300", "\u00E9", "\u4E2D", "\u2028",
        "INSERT DATA", "DELETE DATA", "DELETE WHERE", "INSERT", "DELETE", "WITH <http://example.org/g1>", "USING <http://example.org/g1>", "USING NAMED <http://example.org/g2>",
        "LOAD <http://example.org/x>", "LOAD SILENT <http://example.org/x> INTO GRAPH <http://example.org/g1>", "CLEAR ALL", "CLEAR DEFAULT", "CLEAR NAMED",
        "CLEAR GRAPH <http://example.org/g1>", "DROP ALL", "DROP SILENT GRAPH <http://example.org/nothing>", "CREATE GRAPH <http://example.org/g1>",
        "ADD DEFAULT TO <http://example.org/g1>", "MOVE <http://example.org/g1> TO DEFAULT", "COPY DEFAULT TO <http://example.org/g2>", " ; ",
    ];

    private static readonly string[] RepeatUnits =
    [
        "{", "{ ", "(", "( ", "[ ", "[ :p ", "} ", ")", "^", "!(", "-(", "?x ", "( ?x ", "{ ?s ?p ?o } ", "{} UNION ", " UNION {}", "OPTIONAL {} ",
        "MINUS {} ", "FILTER(true) ", "?s ?p ?o . ", "/:p", "|:p", "/", "|", "||true", "&&true", "+1", "*1", "; :p 1 ", ", 1 ", "GRAPH ?g {} ",
        "GRAPH ?g { ", "VALUES ?v {1} ", "NOT EXISTS {", "EXISTS {", "STR(", "CONCAT(\"a\", ", "{ SELECT * {", "(1)", "1 ", "UNDEF ", "?s ",
        "INSERT DATA {} ; ", ":s :p :o . ", "SERVICE <http://example.org/sparql> {", "\"", "\\", "# c\n", " ", "\n",
    ];

    private static readonly LongToken[] LongTokens =
    [
        new("IRI", "<http://example.org/", "a", ">"),
        new("IRI of \\u escapes", "<http://example.org/", "\\u0041", ">"),
        new("unterminated IRI", "<http://example.org/", "a", ""),
        new("variable name", " ?v", "a", " "),
        new("prefixed name", " :", "a", " "),
        new("prefixed name with a run of dots", " :a", ".", "b "),
        new("prefix", " p", "a", ": "),
        new("blank node label", " _:b", "1", " "),
        new("string", "\"", "x", "\""),
        new("string of escapes", "\"", "\\u00E9", "\""),
        new("string of surrogate pairs", "\"", "\uD83D\uDE00", "\""),
        new("unterminated string", "\"", "x", ""),
        new("long string", "\"\"\"", "x\n", "\"\"\""),
        new("language tag", "\"x\"@", "a", " "),
        new("integer", " ", "9", " "),
        new("decimal", " 1.", "0", " "),
        new("exponent", " 1e", "9", " "),
        new("comment", "#", "c", "\n"),
        new("spaces", "", " ", ""),
    ];

    // Last: static fields are initialised in the order they are written.
    public static readonly FuzzVocabulary Vocabulary = new(Interesting, RepeatUnits, LongTokens, NestingLimit);
}
