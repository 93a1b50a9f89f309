using System.Text.Json;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL 1.1 Query Results JSON Format. Also accepts the <c>typed-literal</c> type of the 2007
/// JSON note, which older endpoints still send. Members the format does not define (such as
/// <c>head.link</c>) are ignored.
/// </summary>
internal static class JsonResultsReader
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static ParsedResults Read(TextReader input)
    {
        try
        {
            using var document = JsonDocument.Parse(input.ReadToEnd(), Options);
            return Read(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException($"malformed JSON results: {e.Message}", e);
        }
    }

    private static ParsedResults Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("JSON results must be an object");
        }

        if (root.TryGetProperty("boolean", out var boolean))
        {
            return boolean.ValueKind switch
            {
                JsonValueKind.True => ParsedResults.ForBoolean(true),
                JsonValueKind.False => ParsedResults.ForBoolean(false),
                _ => throw new FormatException("\"boolean\" must be true or false"),
            };
        }

        var table = new SolutionTable();
        if (TryGetMember(root, "head", out var head) && TryGetMember(head, "vars", out var vars))
        {
            foreach (var variable in Elements(vars, "head.vars"))
            {
                table.Declare(StringOf(variable, "a variable name"));
            }
        }

        if (!TryGetMember(root, "results", out var results) || !TryGetMember(results, "bindings", out var bindings))
        {
            throw new FormatException("JSON results have neither \"boolean\" nor \"results.bindings\"");
        }

        var iris = new TermInterner();
        foreach (var solution in Elements(bindings, "results.bindings"))
        {
            if (solution.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException("each solution in \"results.bindings\" must be an object");
            }

            table.StartRow();
            foreach (var binding in solution.EnumerateObject())
            {
                table.Bind(binding.Name, ReadTerm(binding.Value, iris));
            }

            table.EndRow();
        }

        return table.ToResults(ordered: false);
    }

    private static Term ReadTerm(JsonElement term, TermInterner iris)
    {
        if (term.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a bound value must be an object with \"type\" and \"value\"");
        }

        var type = Member(term, "type");
        if (type == "triple")
        {
            throw ResultTerms.TripleTermsNotSupported();
        }

        var value = Member(term, "value") ?? throw new FormatException("a bound value has no \"value\"");
        switch (type)
        {
            case "uri":
                return iris.Iri(value);
            case "bnode":
                return ResultTerms.BlankNode(value);
            case "literal" or "typed-literal":
                if (Member(term, "its:dir") is not null)
                {
                    throw ResultTerms.DirectionNotSupported();
                }

                return ResultTerms.Literal(value, Member(term, "xml:lang"), Member(term, "datatype"), iris);
            default:
                throw new FormatException(type is null ? "a bound value has no \"type\"" : $"unknown value type \"{type}\"");
        }
    }

    private static bool TryGetMember(JsonElement obj, string name, out JsonElement member)
    {
        member = default;
        return obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out member);
    }

    private static string? Member(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var member) ? StringOf(member, $"\"{name}\"") : null;

    private static string StringOf(JsonElement element, string what) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw new FormatException($"{what} must be a string");

    private static JsonElement.ArrayEnumerator Elements(JsonElement array, string what) =>
        array.ValueKind == JsonValueKind.Array ? array.EnumerateArray() : throw new FormatException($"\"{what}\" must be an array");
}
