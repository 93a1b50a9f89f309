using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// JSON-LD 1.1, following the "Serialize RDF as JSON-LD" algorithm: flattened node objects in
/// expanded form, named graphs under <c>@graph</c>, well-formed collections as <c>@list</c>.
/// Given prefixes, the output is compacted by them alone: a <c>@context</c> of the prefixes in
/// use and prefixed names for properties, types and ids. Like Turtle, it needs the whole
/// dataset, so quads are collected and written when the writer is finished.
/// </summary>
internal sealed class JsonLdWriter : RdfWriter
{
    private const string JsonDatatype = Vocab.Rdf.Namespace + "JSON";

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    private readonly HashSet<Quad> _seen = [];
    private readonly List<Quad> _quads = [];

    public JsonLdWriter(TextWriter output, RdfWriterOptions options)
        : base(output, options)
    {
    }

    public override void Write(Quad quad)
    {
        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    private protected override void WriteRemaining()
    {
        var nodes = JsonLdNodeMap.FromRdf(_quads, new BlankNodeLabels(relabelAll: false));
        var iris = new JsonLdIriCompactor(Options.Prefixes);
        var graph = new JsonArray([.. nodes.Select(n => NodeObject(n, iris))]);
        JsonNode document = graph;
        if (Options.Prefixes is not null)
        {
            var root = new JsonObject();
            var context = new JsonObject();
            foreach (var (prefix, ns) in iris.UsedPrefixes())
            {
                context[prefix] = ns;
            }

            if (context.Count > 0)
            {
                root["@context"] = context;
            }

            root["@graph"] = graph;
            document = root;
        }

        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            document.WriteTo(json);
        }

        Output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        Output.Write('\n');
    }

    private static JsonObject NodeObject(JsonLdNode node, JsonLdIriCompactor iris)
    {
        var result = new JsonObject { ["@id"] = iris.Compact(node.Id) };
        if (node.Types.Count > 0)
        {
            result["@type"] = new JsonArray([.. node.Types.Select(t => (JsonNode)iris.Compact(t))]);
        }

        if (node.Graph is not null)
        {
            result["@graph"] = new JsonArray([.. node.Graph.Select(n => NodeObject(n, iris))]);
        }

        foreach (var (property, values) in node.Properties)
        {
            result[iris.Compact(property)] = new JsonArray([.. values.Select(v => Value(v, iris))]);
        }

        return result;
    }

    private static JsonObject Value(JsonLdValue value, JsonLdIriCompactor iris)
    {
        if (value.List is not null)
        {
            return new JsonObject { ["@list"] = new JsonArray([.. value.List.Select(v => Value(v, iris))]) };
        }

        if (value.Literal is not { } literal)
        {
            return new JsonObject { ["@id"] = iris.Compact(value.Id!) };
        }

        if (literal.Datatype.Value == JsonDatatype)
        {
            return new JsonObject { ["@value"] = ParseJsonLiteral(literal.Lexical), ["@type"] = "@json" };
        }

        var result = new JsonObject { ["@value"] = literal.Lexical };
        if (literal.Language is not null)
        {
            result["@language"] = literal.Language;
        }
        else if (!literal.IsSimple)
        {
            result["@type"] = iris.Compact(literal.Datatype.Value);
        }

        return result;
    }

    private static JsonNode? ParseJsonLiteral(string lexical)
    {
        try
        {
            return JsonNode.Parse(lexical);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"invalid JSON literal: an rdf:JSON literal is not JSON ({e.Message})", e);
        }
    }
}
