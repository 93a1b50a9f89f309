namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The text the mutator splices into N-Triples, N-Quads, Turtle and TriG.</summary>
internal static class RdfTokens
{
    private static readonly string[] Interesting =
    [
        "<", ">", "\"", "'", "\\", "@", "^", "_", ":", ".", ";", ",", "[", "]", "(", ")", "{", "}", "#",
        "\n", "\r", "\r\n", "\t", " ", "|", "`", "%", "~", "-", "+", "=",
        "\\u", "\\U", "\\u0000", "\\u0041", "\\uD800", "\\uDC00", "\\U0001F600", "\\U0010FFFF", "\\U00110000", "\\UFFFFFFFF",
        "\\n", "\\\"", "\\>", "\\-", "%2", "%zz", "%41",
        "\uD800", "\uDBFF", "\uDC00", "\uD83D\uDE00", "\0", "\uFEFF", "\uFFFE", "\uFFFF", "\u00B7", "\u0300", "\u2040", "\u00E9", "\u20AC", "\u4E2D", "\u0085", "\u2028",
        "true", "false", "a", "PREFIX", "@prefix", "BASE", "@base", "GRAPH", "prefix", "base",
        "\"\"\"", "'''", "\"\"", "^^", "_:", "_:b0", "_:.", "<>", "<#>", "<http://example.org/>", "<../x>", "<//>", "<http://[::1]:80/>",
        "p:", ":x", "p:.", ":a.b", ":-", "0", ".5", "1.", "1e", "1e+", "-0.0E-0", "99999999999999999999999999",
        "@en", "@en-", "@en-US", "@-", "<<", ">>", "{|", "|}", "<<(", ")>>", "rdf:type", "#comment\n",

        // Datatypes the RDF model itself treats specially.
        "^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>", "^^<http://www.w3.org/2001/XMLSchema#string>",
        "\"x\"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString>", "^^rdf:langString", "^^xsd:string",
    ];

    private static readonly string[] RepeatUnits =
    [
        "[ :p ", "[", "(", "( ", "{", "{ ", "( [ ", "[ <http://example.org/p> ", "<< ", "<<", "\"", "\\", "\\u0041",
        "@prefix p: <http://example.org/> . ", "_:b ", "<http://example.org/s> ", ";", "; ", ",", " ", "\n", "\r", "# c\n", ":a",
    ];

    private static readonly LongToken[] LongTokens =
    [
        new("IRI", "<http://example.org/", "a", ">"),
        new("IRI of %-escapes", "<http://example.org/", "%41", ">"),
        new("IRI of \\u escapes", "<http://example.org/", "\\u0041", ">"),
        new("unterminated IRI", "<http://example.org/", "a", ""),
        new("string", "\"", "x", "\""),
        new("string of escapes", "\"", "\\u00E9", "\""),
        new("string of surrogate pairs", "\"", "\uD83D\uDE00", "\""),
        new("unterminated string", "\"", "x", ""),
        new("long string", "\"\"\"", "x\n", "\"\"\""),
        new("long string of quotes", "\"\"\"", "\"\"\\\"", "\"\"\""),
        new("blank node label", "_:b", "1", " "),
        new("blank node label of dots", "_:b", ".a", " "),
        new("blank node label with a run of dots", "_:b", ".", "c "),
        new("blank node label with a run of dashes", "_:b", "-", " "),
        new("local name", ":", "a", " "),
        new("local name of escapes", ":", "\\-", " "),
        new("local name with a run of dots", ":a", ".", "b "),
        new("local name with a run of colons", ":a", ":", " "),
        new("prefix", "p", "a", ": "),
        new("prefix with a run of dots", "p", ".", "a: "),
        new("language tag", "\"x\"@", "a", " "),
        new("language subtags", "\"x\"@en", "-a", " "),
        new("integer", " ", "1", " "),
        new("decimal", " 1.", "0", " "),
        new("exponent", " 1e", "9", " "),
        new("comment", "#", "c", "\n"),
        new("spaces", "", " ", ""),
        new("line breaks", "", "\n", ""),
    ];

    // Last: static fields are initialised in the order they are written.
    public static readonly FuzzVocabulary Vocabulary = new(Interesting, RepeatUnits, LongTokens, ReaderSettings.Default.MaxNesting);
}
