namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>A node object of the JSON-LD fromRdf algorithm: its types, its properties and, for a graph name, its graph.</summary>
internal sealed class JsonLdNode(string id)
{
    public string Id { get; } = id;

    public List<string> Types { get; } = [];

    public SortedDictionary<string, List<JsonLdValue>> Properties { get; } = new(StringComparer.Ordinal);

    /// <summary>The nodes of the graph this node names, when it names one.</summary>
    public List<JsonLdNode>? Graph { get; set; }

    public bool HasOnlyId => Types.Count == 0 && Properties.Count == 0 && Graph is null;
}

/// <summary>
/// One entry of a property's array. Mutable because list conversion turns the reference to a
/// list's first node into a <c>@list</c> object in place, as the algorithm does.
/// </summary>
internal sealed class JsonLdValue
{
    public string? Id { get; set; }

    public Literal? Literal { get; init; }

    public List<JsonLdValue>? List { get; set; }
}

/// <summary>
/// The "Serialize RDF as JSON-LD" algorithm of JSON-LD 1.1 API §8.4 with useNativeTypes and
/// useRdfType off and no rdfDirection: node maps per graph, then rdf:first/rdf:rest chains that
/// end in rdf:nil become <c>@list</c>, then named graphs are nested under their name's node.
/// </summary>
internal static class JsonLdNodeMap
{
    private const string DefaultGraph = "@default";

    public static List<JsonLdNode> FromRdf(IEnumerable<Quad> quads, BlankNodeLabels labels)
    {
        var graphs = new Dictionary<string, GraphNodes> { [DefaultGraph] = new() };
        var defaultGraph = graphs[DefaultGraph];

        // A blank node object maps to its one usage, or to null once it is referenced again.
        var referencedOnce = new Dictionary<string, Usage?>(StringComparer.Ordinal);

        foreach (var quad in quads)
        {
            var name = quad.Graph is null ? DefaultGraph : IdOf(quad.Graph, labels);
            if (!graphs.TryGetValue(name, out var graph))
            {
                graph = new GraphNodes();
                graphs[name] = graph;
                defaultGraph.NodeFor(name);
            }

            var node = graph.NodeFor(IdOf(quad.Subject, labels));
            var objectId = quad.Obj is Literal ? null : IdOf(quad.Obj, labels);
            if (objectId is not null)
            {
                graph.NodeFor(objectId);
                if (quad.Predicate.Value == Vocab.Rdf.Type.Value)
                {
                    node.Types.Add(objectId);
                    continue;
                }
            }

            var value = objectId is null ? new JsonLdValue { Literal = (Literal)quad.Obj } : new JsonLdValue { Id = objectId };
            var predicate = quad.Predicate.Value;
            if (!node.Properties.TryGetValue(predicate, out var values))
            {
                values = [];
                node.Properties[predicate] = values;
            }

            values.Add(value);
            var usage = new Usage(node, predicate, value);
            if (objectId == Vocab.Rdf.Nil.Value)
            {
                graph.NilUsages.Add(usage);
            }
            else if (quad.Obj is BlankNode)
            {
                referencedOnce[objectId!] = referencedOnce.ContainsKey(objectId!) ? null : usage;
            }
        }

        foreach (var graph in graphs.Values)
        {
            foreach (var usage in graph.NilUsages)
            {
                ConvertList(graph, usage, referencedOnce);
            }
        }

        var result = new List<JsonLdNode>();
        foreach (var node in defaultGraph.Nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal))
        {
            if (graphs.TryGetValue(node.Id, out var named))
            {
                node.Graph = named.Nodes.Values.Where(n => !n.HasOnlyId).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            }

            if (!node.HasOnlyId)
            {
                result.Add(node);
            }
        }

        return result;
    }

    /// <summary>Walks back from a use of rdf:nil through well-formed list nodes, replacing them with one <c>@list</c>.</summary>
    private static void ConvertList(GraphNodes graph, Usage nilUsage, Dictionary<string, Usage?> referencedOnce)
    {
        var (node, property, head) = nilUsage;
        var items = new List<JsonLdValue>();
        var listNodes = new List<string>();
        while (property == Vocab.Rdf.Rest.Value && IsWellFormedListNode(node, referencedOnce))
        {
            items.Add(node.Properties[Vocab.Rdf.First.Value][0]);
            listNodes.Add(node.Id);
            (node, property, head) = referencedOnce[node.Id]!;
            if (!IsBlank(node.Id))
            {
                break;
            }
        }

        head.Id = null;
        items.Reverse();
        head.List = items;
        foreach (var id in listNodes)
        {
            graph.Nodes.Remove(id);
        }
    }

    private static bool IsWellFormedListNode(JsonLdNode node, Dictionary<string, Usage?> referencedOnce) =>
        IsBlank(node.Id)
        && referencedOnce.TryGetValue(node.Id, out var usage) && usage is not null
        && node.Graph is null
        && node.Properties.Count == 2
        && node.Properties.TryGetValue(Vocab.Rdf.First.Value, out var first) && first.Count == 1
        && node.Properties.TryGetValue(Vocab.Rdf.Rest.Value, out var rest) && rest.Count == 1
        && (node.Types.Count == 0 || (node.Types.Count == 1 && node.Types[0] == Vocab.Rdf.Namespace + "List"));

    private static bool IsBlank(string id) => id.StartsWith("_:", StringComparison.Ordinal);

    private static string IdOf(Term term, BlankNodeLabels labels) =>
        term is BlankNode b ? "_:" + labels.LabelOf(b) : ((Iri)term).Value;

    private sealed record Usage(JsonLdNode Node, string Property, JsonLdValue Value);

    /// <summary>One graph's node map, with the places rdf:nil is used, where list conversion starts.</summary>
    private sealed class GraphNodes
    {
        public Dictionary<string, JsonLdNode> Nodes { get; } = new(StringComparer.Ordinal);

        public List<Usage> NilUsages { get; } = [];

        public JsonLdNode NodeFor(string id)
        {
            if (!Nodes.TryGetValue(id, out var node))
            {
                node = new JsonLdNode(id);
                Nodes[id] = node;
            }

            return node;
        }
    }
}
