using System.Globalization;
using System.Text;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>
/// Turtle and TriG documents that are valid apart from their nesting, whose depth is drawn
/// around the reader's limit and far past it: mutated corpus files rarely nest deep enough to
/// reach the limit before some other syntax error stops the parser.
/// </summary>
internal static class NestingDocuments
{
    private const string Prologue = "@prefix : <http://example.org/> .\n";

    /// <summary>Each shape nests <c>Open … Middle … Close</c> and puts the result where <c>Statement</c> has {0}.</summary>
    private static readonly (string Name, string Open, string Middle, string Close, string Statement)[] Shapes =
    [
        ("property lists", "[ :p ", ":o", " ]", ":s :p {0} ."),
        ("property lists as subject", "[ :p ", ":o", " ]", "{0} ."),
        ("collections", "( ", ":o", " )", ":s :p {0} ."),
        ("collections as subject", "( ", ":o", " )", "{0} :p :o ."),
        ("collections of property lists", "( [ :p ", ":o", " ] )", ":s :p {0} ."),
        ("unclosed '['", "[", "", "", ":s :p {0}"),
        ("unclosed '('", "(", "", "", ":s :p {0}"),
        ("unclosed '[ :p '", "[ :p ", "", "", ":s :p {0}"),
        ("graph blocks", "{ ", ":s :p :o .", " }", "{0}"),
        ("quoted triples", "<< ", ":s :p :o", " >>", ":s :p {0} ."),
    ];

    public static FuzzCase Make(Random rng, RdfFormat format)
    {
        var limit = ReaderSettings.Default.MaxNesting;
        var depth = rng.Next(5) switch
        {
            0 => rng.Next(1, 64),
            1 or 2 => limit + rng.Next(-2, 3),
            3 => rng.Next(2) == 0 ? 5_000 : 1_000,
            _ => 100_000,
        };
        var shape = Shapes[rng.Next(Shapes.Length)];
        var nested = new StringBuilder((shape.Open.Length + shape.Close.Length) * depth + shape.Middle.Length);
        for (var i = 0; i < depth; i++)
        {
            nested.Append(shape.Open);
        }

        nested.Append(shape.Middle);
        for (var i = 0; i < depth; i++)
        {
            nested.Append(shape.Close);
        }

        var statement = string.Format(CultureInfo.InvariantCulture, shape.Statement, nested);
        if (format == RdfFormat.TriG && rng.Next(2) == 0)
        {
            statement = $":g {{ {statement} }}";
        }

        return new FuzzCase(Prologue + statement + "\n", ReaderSettings.Default, $"nesting document: {shape.Name}, depth {depth}", [$"nesting {shape.Name}"]);
    }
}
