using System.Globalization;
using NewsGraph.Rdf;
using NewsGraph.Store.Memory;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// The data every case runs against: a few hundred quads, the same on every run, in the
/// namespaces and with the names the W3C queries use most (so mutated queries still match
/// something), with literals of many datatypes (ill-typed ones too), language tags, blank nodes,
/// lists, named graphs and cycles (so paths and closures have work to do).
/// </summary>
internal static class FuzzDataset
{
    private const string Example = "http://example.org/";

    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Foaf = "http://xmlns.com/foaf/0.1/";

    private static readonly string[] Namespaces = [Example, "http://example/", "http://example.org/ns#", "http://www.example.org/"];

    private static readonly string[] Nodes = ["a", "b", "c", "x", "y", "z", "s", "o", "s1", "o1", "s2", "o2"];

    private static readonly Literal[] Literals =
    [
        Typed("0", "integer"), Typed("1", "integer"), Typed("-1", "integer"), Typed("42", "integer"),
        Typed("9223372036854775807", "integer"), Typed("-9223372036854775808", "integer"), Typed("18446744073709551616", "integer"), Typed("+007", "integer"),
        Typed("1.5", "decimal"), Typed("-0.0", "decimal"), Typed("3.14159265358979323846264338327950288", "decimal"), Typed(".5", "decimal"),
        Typed("1.0e0", "double"), Typed("-0.0E0", "double"), Typed("NaN", "double"), Typed("INF", "double"), Typed("-INF", "double"),
        Typed("1.7976931348623157E308", "double"), Typed("4.9E-324", "double"), Typed("1.5", "float"), Typed("NaN", "float"),
        Typed("true", "boolean"), Typed("false", "boolean"), Typed("1", "boolean"), Typed("0", "boolean"),
        Literal.Simple(""), Literal.Simple("abc"), Literal.Simple("ABC"), Literal.Simple("a\"b'c"), Literal.Simple("line\nbreak\ttab"),
        Literal.Simple("ünïcödé"), Literal.Simple("日本語"), Literal.Simple("\uD83D\uDE00 emoji"), Literal.Simple("e\u0301"), Literal.Simple("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"),
        Literal.LangString("chat", "fr"), Literal.LangString("cat", "en"), Literal.LangString("Cat", "en-GB"), Literal.LangString("ألكسندر", "ar"), Literal.LangString("x", "EN"),
        Typed("2024-02-29", "date"), Typed("2024-02-29T12:00:00Z", "dateTime"), Typed("2024-02-29T12:00:00+14:00", "dateTime"),
        Typed("2024-02-29T12:00:00", "dateTime"), Typed("-0001-01-01T00:00:00Z", "dateTime"), Typed("2024-12-31T24:00:00Z", "dateTime"),
        Typed("12:00:00", "time"), Typed("P1Y2M3DT4H5M6.7S", "duration"), Typed("-P1D", "dayTimeDuration"), Typed("P1Y", "yearMonthDuration"),
        Typed("2024", "gYear"), Typed("2024-02", "gYearMonth"), Typed("127", "byte"), Typed("2147483647", "int"), Typed("-5", "short"), Typed("5", "unsignedLong"),
        Typed("0FB7", "hexBinary"), Typed("AAAA", "base64Binary"), Typed("http://example.org/", "anyURI"), Typed("abc", "string"),

        // Ill-typed: each function must cope with a lexical form its datatype does not allow.
        Typed("abc", "integer"), Typed("1.5", "integer"), Typed(" 1 ", "integer"), Typed("128", "byte"), Typed("-1", "unsignedInt"),
        Typed("2024-13-01", "date"), Typed("maybe", "boolean"), Typed("1e", "double"), Typed("24:00:01", "time"),
        Literal.Typed("x", new Iri(Example + "datatype")), Literal.Typed("1", new Iri(Example + "datatype")),
        Literal.Typed("<b>x</b>", new Iri(Rdf + "XMLLiteral")),
    ];

    public static IReadOnlyList<Quad> Quads { get; } = Build();

    /// <summary>A new store with the data: updates change their store, so each needs its own.</summary>
    public static MemoryQuadStore NewStore()
    {
        var store = new MemoryQuadStore();
        store.Load(Quads);
        store.BuildIndexes();
        return store;
    }

    private static List<Quad> Build()
    {
        var quads = new List<Quad>();
        void Add(Term s, string p, Term o, string? graph = null) =>
            quads.Add(new Quad(s, new Iri(p), o, graph is null ? null : new Iri(graph)));

        for (var n = 0; n < Namespaces.Length; n++)
        {
            var ns = Namespaces[n];
            Iri Node(int i) => new(ns + Nodes[i % Nodes.Length]);
            for (var i = 0; i < Nodes.Length; i++)
            {
                // :p is one cycle through every node, :q a second, shorter-stepped one.
                Add(Node(i), ns + "p", Node(i + 1));
                Add(Node(i), ns + "q", Node(i * 5));
                Add(Node(i), Rdf + "type", new Iri(ns + "Class" + (i % 3).ToString(CultureInfo.InvariantCulture)));
                Add(Node(i), ns + "value", Literals[((n * Nodes.Length) + i) % Literals.Length]);
                Add(Node(i), ns + "name", Literals[((n * Nodes.Length) + i + 35) % Literals.Length]);
                Add(Node(i), ns + "str", Literal.Simple(Nodes[i] + " in " + ns));
                if (i < 6)
                {
                    Add(Node(i), ns + "knows", Node(i + 6));
                    Add(Node(i + 6), ns + "knows", Node(i));
                }
            }

            Add(Node(0), ns + "r", Node(0));
        }

        // The literals the namespaces above did not reach, so every one of them is in the data.
        for (var i = 0; i < Literals.Length; i++)
        {
            Add(new Iri(Example + "lit" + i.ToString(CultureInfo.InvariantCulture)), Example + "num", Literals[i]);
        }

        var people = new[] { "alice", "bob", "carol", "dave" };
        for (var i = 0; i < people.Length; i++)
        {
            var person = new BlankNode(people[i]);
            Add(person, Rdf + "type", new Iri(Foaf + "Person"));
            Add(person, Foaf + "name", Literal.Simple(people[i]));
            Add(person, Foaf + "mbox", new Iri("mailto:" + people[i] + "@example.org"));
            Add(person, Foaf + "knows", new BlankNode(people[(i + 1) % people.Length]));
        }

        // A cycle of blank nodes, and a list, as a parser would read "(1 2 3)".
        for (var i = 0; i < 6; i++)
        {
            Add(new BlankNode("b" + i.ToString(CultureInfo.InvariantCulture)), Example + "p", new BlankNode("b" + ((i + 1) % 6).ToString(CultureInfo.InvariantCulture)));
        }

        Add(new Iri(Example + "a"), Example + "q", new BlankNode("b0"));
        Add(new Iri(Example + "s"), Example + "list", new BlankNode("l0"));
        for (var i = 0; i < 3; i++)
        {
            var cell = new BlankNode("l" + i.ToString(CultureInfo.InvariantCulture));
            Add(cell, Rdf + "first", Typed((i + 1).ToString(CultureInfo.InvariantCulture), "integer"));
            Add(cell, Rdf + "rest", i < 2 ? new BlankNode("l" + (i + 1).ToString(CultureInfo.InvariantCulture)) : new Iri(Rdf + "nil"));
        }

        // Named graphs: part of the cycle again, and a graph named like a node of the default graph.
        for (var i = 0; i < Nodes.Length; i++)
        {
            Add(new Iri(Example + Nodes[i]), Example + "p", new Iri(Example + Nodes[(i + 1) % Nodes.Length]), Example + "g1");
            Add(new Iri(Example + Nodes[i]), Example + "value", Literals[(i * 7) % Literals.Length], Example + (i % 2 == 0 ? "g2" : "a"));
        }

        return quads;
    }

    private static Literal Typed(string lexical, string xsdName) => Literal.Typed(lexical, new Iri(Xsd + xsdName));
}
