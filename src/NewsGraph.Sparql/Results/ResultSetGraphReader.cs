using System.Globalization;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// Results written as RDF in the DAWG result-set vocabulary
/// (<c>http://www.w3.org/2001/sw/DataAccess/tests/result-set#</c>), the form of most SPARQL 1.0
/// expected results. One resource is the result set: the one typed <c>rs:ResultSet</c>, or else
/// the one carrying <c>rs:solution</c>, <c>rs:resultVariable</c> or <c>rs:boolean</c>.
/// </summary>
internal static class ResultSetGraphReader
{
    private const string Rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
    private static readonly Iri ResultSet = new(Rs + "ResultSet");
    private static readonly Iri ResultVariable = new(Rs + "resultVariable");
    private static readonly Iri Solution = new(Rs + "solution");
    private static readonly Iri Binding = new(Rs + "binding");
    private static readonly Iri Variable = new(Rs + "variable");
    private static readonly Iri Value = new(Rs + "value");
    private static readonly Iri Index = new(Rs + "index");
    private static readonly Iri Boolean = new(Rs + "boolean");

    public static ParsedResults Read(IEnumerable<Triple> graph)
    {
        var bySubject = new Dictionary<Term, List<Triple>>();
        foreach (var triple in graph)
        {
            if (!bySubject.TryGetValue(triple.Subject, out var list))
            {
                bySubject[triple.Subject] = list = [];
            }

            list.Add(triple);
        }

        var resultSet = FindResultSet(bySubject);
        var properties = bySubject.GetValueOrDefault(resultSet) ?? [];
        if (AtMostOne(properties, Boolean, "rs:boolean") is { } answer)
        {
            return ParsedResults.ForBoolean(ReadBoolean(answer));
        }

        var table = new SolutionTable();
        foreach (var variable in Objects(properties, ResultVariable))
        {
            table.Declare(Text(variable, "rs:resultVariable"));
        }

        var solutions = Objects(properties, Solution).Select(s => (Node: s, Index: IndexOf(s, bySubject))).ToList();
        var ordered = solutions.Exists(s => s.Index is not null);
        if (ordered)
        {
            if (solutions.Exists(s => s.Index is null))
            {
                throw new FormatException("some solutions have an rs:index and some have none");
            }

            // A stable sort, so that solutions sharing an index keep the order they were written in.
            solutions = [.. solutions.OrderBy(s => s.Index)];
        }

        foreach (var (node, _) in solutions)
        {
            table.StartRow();
            foreach (var binding in Objects(bySubject.GetValueOrDefault(node) ?? [], Binding))
            {
                var bindingProperties = bySubject.GetValueOrDefault(binding) ?? [];
                var variable = AtMostOne(bindingProperties, Variable, "rs:variable") ?? throw new FormatException("an rs:binding without an rs:variable");
                var value = AtMostOne(bindingProperties, Value, "rs:value") ?? throw new FormatException("an rs:binding without an rs:value");
                table.Bind(Text(variable, "rs:variable"), value);
            }

            table.EndRow();
        }

        return table.ToResults(ordered);
    }

    private static Term FindResultSet(Dictionary<Term, List<Triple>> bySubject)
    {
        var typed = bySubject.Where(e => e.Value.Exists(t => t.Predicate.Equals(Vocab.Rdf.Type) && t.Obj.Equals(ResultSet))).Select(e => e.Key).ToList();
        var candidates = typed.Count > 0
            ? typed
            : bySubject.Where(e => e.Value.Exists(t => t.Predicate.Equals(Solution) || t.Predicate.Equals(ResultVariable) || t.Predicate.Equals(Boolean))).Select(e => e.Key).ToList();
        return candidates switch
        {
            [var one] => one,
            [] => throw new FormatException("the graph holds no rs:ResultSet"),
            _ => throw new FormatException($"the graph holds {candidates.Count} result sets"),
        };
    }

    private static long? IndexOf(Term solution, Dictionary<Term, List<Triple>> bySubject)
    {
        var index = AtMostOne(bySubject.GetValueOrDefault(solution) ?? [], Index, "rs:index");
        return index switch
        {
            null => null,
            Literal l when long.TryParse(l.Lexical.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => throw new FormatException($"rs:index {index} is not an integer"),
        };
    }

    private static bool ReadBoolean(Term answer) => answer switch
    {
        Literal { Lexical: "true" or "1" } => true,
        Literal { Lexical: "false" or "0" } => false,
        _ => throw new FormatException($"rs:boolean {answer} is not a boolean"),
    };

    private static string Text(Term term, string property) =>
        term is Literal { Language: null } literal ? literal.Lexical : throw new FormatException($"{property} {term} is not a plain string");

    private static Term? AtMostOne(List<Triple> properties, Iri predicate, string name)
    {
        Term? found = null;
        foreach (var value in Objects(properties, predicate))
        {
            found = found is null ? value : throw new FormatException($"{name} has two values, {found} and {value}");
        }

        return found;
    }

    private static IEnumerable<Term> Objects(List<Triple> properties, Iri predicate) =>
        properties.Where(t => t.Predicate.Equals(predicate)).Select(t => t.Obj);
}
