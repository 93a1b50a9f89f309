namespace NewsGraph.Conformance.Fuzzing;

/// <summary>The text the mutator splices in: pieces that sit on the edges of the grammars.</summary>
internal static class FuzzTokens
{
    /// <summary>Delimiters, keywords, escapes and characters the lexers treat specially.</summary>
    public static readonly string[] Interesting =
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

    /// <summary>Units repeated many times over to test nesting limits and token-length handling.</summary>
    public static readonly string[] RepeatUnits =
    [
        "[ :p ", "[", "(", "( ", "{", "{ ", "( [ ", "[ <http://example.org/p> ", "<< ", "<<", "\"", "\\", "\\u0041",
        "@prefix p: <http://example.org/> . ", "_:b ", "<http://example.org/s> ", ";", "; ", ",", " ", "\n", "\r", "# c\n", ":a",
    ];

    /// <summary>Long tokens: a prefix, a unit repeated to the wanted length, a suffix.</summary>
    public static readonly (string Name, string Prefix, string Unit, string Suffix)[] LongTokens =
    [
        ("IRI", "<http://example.org/", "a", ">"),
        ("IRI of %-escapes", "<http://example.org/", "%41", ">"),
        ("IRI of \\u escapes", "<http://example.org/", "\\u0041", ">"),
        ("unterminated IRI", "<http://example.org/", "a", ""),
        ("string", "\"", "x", "\""),
        ("string of escapes", "\"", "\\u00E9", "\""),
        ("string of surrogate pairs", "\"", "\uD83D\uDE00", "\""),
        ("unterminated string", "\"", "x", ""),
        ("long string", "\"\"\"", "x\n", "\"\"\""),
        ("long string of quotes", "\"\"\"", "\"\"\\\"", "\"\"\""),
        ("blank node label", "_:b", "1", " "),
        ("blank node label of dots", "_:b", ".a", " "),
        ("blank node label with a run of dots", "_:b", ".", "c "),
        ("blank node label with a run of dashes", "_:b", "-", " "),
        ("local name", ":", "a", " "),
        ("local name of escapes", ":", "\\-", " "),
        ("local name with a run of dots", ":a", ".", "b "),
        ("local name with a run of colons", ":a", ":", " "),
        ("prefix", "p", "a", ": "),
        ("prefix with a run of dots", "p", ".", "a: "),
        ("language tag", "\"x\"@", "a", " "),
        ("language subtags", "\"x\"@en", "-a", " "),
        ("integer", " ", "1", " "),
        ("decimal", " 1.", "0", " "),
        ("exponent", " 1e", "9", " "),
        ("comment", "#", "c", "\n"),
        ("spaces", "", " ", ""),
        ("line breaks", "", "\n", ""),
    ];
}
