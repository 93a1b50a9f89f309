using System.Text;
using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Rdf;

/// <summary>Explains why two datasets are not isomorphic, for failure messages.</summary>
internal static class DatasetDiff
{
    private const int MaxListed = 8;

    public static string Describe(IReadOnlyCollection<Quad> actual, IReadOnlyCollection<Quad> expected)
    {
        // Blank node labels never match across documents, so statements are compared with the
        // labels hidden; what remains are the statements that really differ.
        var missing = Subtract(Shapes(expected), Shapes(actual));
        var unexpected = Subtract(Shapes(actual), Shapes(expected));
        var sb = new StringBuilder($"{actual.Count} statements, expected {expected.Count}");
        if (missing.Count == 0 && unexpected.Count == 0)
        {
            sb.Append("; the statements match up to blank node labels, but the blank nodes are connected differently");
        }

        List("missing", missing, sb);
        List("unexpected", unexpected, sb);
        return sb.ToString();
    }

    private static Dictionary<string, int> Shapes(IEnumerable<Quad> quads)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in quads)
        {
            var shape = q.Graph is null
                ? $"{Shape(q.Subject)} {q.Predicate} {Shape(q.Obj)} ."
                : $"{Shape(q.Subject)} {q.Predicate} {Shape(q.Obj)} {Shape(q.Graph)} .";
            counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }

        return counts;
    }

    private static string Shape(Term term) => term is BlankNode ? "_:*" : term.ToString();

    private static List<string> Subtract(Dictionary<string, int> from, Dictionary<string, int> other) =>
        [.. from.Where(kv => kv.Value > other.GetValueOrDefault(kv.Key)).Select(kv => kv.Key)];

    private static void List(string label, List<string> shapes, StringBuilder sb)
    {
        foreach (var shape in shapes.Take(MaxListed))
        {
            sb.Append('\n').Append(label).Append(": ").Append(shape);
        }

        if (shapes.Count > MaxListed)
        {
            sb.Append('\n').Append(label).Append(": ... and ").Append(shapes.Count - MaxListed).Append(" more");
        }
    }
}
