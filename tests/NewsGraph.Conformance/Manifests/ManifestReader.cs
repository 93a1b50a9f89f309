using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Manifests;

/// <summary>
/// Reads W3C test manifests (Turtle, parsed with NewsGraph's own reader) into test records,
/// following <c>mf:include</c> lists. Only resources listed in <c>mf:entries</c> are tests:
/// the manifests also type resources that are commented out of the lists.
/// </summary>
public static class ManifestReader
{
    public const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static readonly Iri Manifest = new(Mf + "Manifest");
    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri AssumedTestBase = new(Mf + "assumedTestBase");

    /// <summary>All tests reachable from the manifest, each once, in manifest order.</summary>
    public static IReadOnlyList<ManifestTest> Load(string manifestPath) => [.. LoadEntries(manifestPath).Select(ReadTest)];

    /// <summary>
    /// All test entries reachable from the manifest, each once, in manifest order, with their
    /// descriptions left in the manifest graph: SPARQL tests describe their inputs with nested
    /// resources that <see cref="ManifestTest"/> has no room for.
    /// </summary>
    public static IReadOnlyList<ManifestEntry> LoadEntries(string manifestPath)
    {
        var entries = new List<ManifestEntry>();
        LoadInto(Path.GetFullPath(manifestPath), entries, new HashSet<string>(StringComparer.Ordinal));
        return entries;
    }

    private static void LoadInto(string manifestPath, List<ManifestEntry> entries, HashSet<string> visited)
    {
        if (!visited.Add(manifestPath))
        {
            return;
        }

        var graph = ManifestGraph.Load(manifestPath);

        // The RDF 1.1 manifests describe themselves as <>, the RDF 1.2 ones as a prefixed name,
        // so the manifest resource is found by its type.
        foreach (var manifest in graph.SubjectsOfType(Manifest))
        {
            var testBase = (graph.Object(manifest, AssumedTestBase) as Iri)?.Value;
            foreach (var entry in graph.Objects(manifest, Entries).SelectMany(graph.List))
            {
                var id = RequireIri(entry, "mf:entries");
                entries.Add(new ManifestEntry(id, new ManifestNode(graph, entry), manifestPath, testBase));
            }

            foreach (var included in graph.Objects(manifest, Include).SelectMany(graph.List))
            {
                LoadInto(FileIris.ToPath(RequireIri(included, "mf:include")), entries, visited);
            }
        }
    }

    private static ManifestTest ReadTest(ManifestEntry entry)
    {
        var action = entry.Node.Object(Action)
            ?? throw new InvalidDataException($"{entry.ManifestPath}: test <{entry.Id}> has no mf:action");
        var result = entry.Node.Object(Result);
        var test = new ManifestTest(
            Id: entry.Id,
            Name: entry.Name,
            Type: entry.Type,
            ActionPath: action.FilePath("mf:action"),
            ResultPath: result?.FilePath("mf:result"),
            Approval: entry.Approval,
            AssumedTestBase: entry.AssumedTestBase,
            ManifestPath: entry.ManifestPath);
        return test.Name.Length > 0 ? test : test with { Name = test.Key };
    }

    internal static string RequireIri(Term term, string property) =>
        term is Iri iri ? iri.Value : throw new InvalidDataException($"expected an IRI as {property}, found {term}");

    internal static string LocalName(string iri) => iri[(iri.LastIndexOfAny(['#', '/']) + 1)..];
}

/// <summary>One test listed in a manifest's <c>mf:entries</c>, described by <see cref="Node"/>.</summary>
/// <param name="Id">The test's IRI.</param>
/// <param name="Node">The test resource in the manifest graph, for reading its properties.</param>
/// <param name="ManifestPath">The local path of the manifest whose entries list the test.</param>
/// <param name="AssumedTestBase">The manifest's <c>mf:assumedTestBase</c>, if any.</param>
public sealed record ManifestEntry(string Id, ManifestNode Node, string ManifestPath, string? AssumedTestBase)
{
    private static readonly Iri NameProperty = new(ManifestReader.Mf + "name");
    private static readonly Iri[] ApprovalProperties =
    [
        new("http://www.w3.org/ns/rdftest#approval"),
        new("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#approval"),
    ];

    /// <summary>The local name of the test's <c>rdf:type</c>, e.g. <c>QueryEvaluationTest</c>.</summary>
    public string Type =>
        Node.Object(Vocab.Rdf.Type)?.LocalName ?? throw new InvalidDataException($"{ManifestPath}: test <{Id}> has no rdf:type");

    /// <summary>The <c>mf:name</c>, or empty.</summary>
    public string Name => Node.Object(NameProperty)?.Text ?? string.Empty;

    /// <summary>The local name of the approval (<c>Approved</c>, <c>Proposed</c>), if any.</summary>
    public string? Approval => ApprovalProperties.Select(p => Node.Object(p)?.LocalName).FirstOrDefault(a => a is not null);
}

/// <summary>A resource in a manifest graph, with navigation to the resources it points at.</summary>
public readonly struct ManifestNode
{
    private readonly ManifestGraph _graph;

    internal ManifestNode(ManifestGraph graph, Term term)
    {
        _graph = graph;
        Term = term;
    }

    public Term Term { get; }

    /// <summary>The IRI's local name (after the last '#' or '/'), or null if the node is not an IRI.</summary>
    public string? LocalName => Term is Iri iri ? ManifestReader.LocalName(iri.Value) : null;

    /// <summary>A literal's lexical form, or null if the node is not a literal.</summary>
    public string? Text => (Term as Literal)?.Lexical;

    /// <summary>The first value of the property, if any.</summary>
    public ManifestNode? Object(Iri predicate) => _graph.Object(Term, predicate) is { } o ? new ManifestNode(_graph, o) : null;

    /// <summary>Every value of the property, in document order.</summary>
    public IEnumerable<ManifestNode> Objects(Iri predicate)
    {
        var graph = _graph;
        return graph.Objects(Term, predicate).Select(o => new ManifestNode(graph, o));
    }

    /// <summary>The members if the node is an RDF list, else the node alone: some properties take either.</summary>
    public IEnumerable<ManifestNode> Members()
    {
        var graph = _graph;
        return Term == Vocab.Rdf.Nil || graph.Object(Term, Vocab.Rdf.First) is not null
            ? graph.List(Term).Select(m => new ManifestNode(graph, m))
            : [this];
    }

    /// <summary>The local file a <c>file:</c> IRI names; <paramref name="property"/> is for the error message.</summary>
    public string FilePath(string property) => FileIris.ToPath(ManifestReader.RequireIri(Term, property));

    public override string ToString() => Term.ToString();
}

/// <summary>A manifest's triples indexed by subject, with RDF collection traversal.</summary>
internal sealed class ManifestGraph
{
    private readonly Dictionary<Term, List<Triple>> _bySubject = [];

    private ManifestGraph(IEnumerable<Quad> quads)
    {
        foreach (var q in quads)
        {
            if (!_bySubject.TryGetValue(q.Subject, out var list))
            {
                _bySubject[q.Subject] = list = [];
            }

            list.Add(q.Triple);
        }
    }

    public static ManifestGraph Load(string path)
    {
        var options = new RdfReaderOptions { BaseIri = FileIris.FromPath(path), SourceName = path };
        return new ManifestGraph(RdfReader.Load(RdfReader.OpenText(path), RdfFormat.Turtle, options));
    }

    public IEnumerable<Term> SubjectsOfType(Iri type) =>
        _bySubject.Where(kv => kv.Value.Any(t => t.Predicate == Vocab.Rdf.Type && t.Obj == type)).Select(kv => kv.Key);

    public IEnumerable<Term> Objects(Term subject, Iri predicate) =>
        _bySubject.TryGetValue(subject, out var triples) ? triples.Where(t => t.Predicate == predicate).Select(t => t.Obj) : [];

    public Term? Object(Term subject, Iri predicate) => Objects(subject, predicate).FirstOrDefault();

    public IEnumerable<Term> List(Term head)
    {
        var seen = new HashSet<Term>();
        for (var node = head; node != Vocab.Rdf.Nil; node = Rest(head, node))
        {
            if (!seen.Add(node))
            {
                throw new InvalidDataException($"the RDF list starting at {head} is cyclic");
            }

            yield return Object(node, Vocab.Rdf.First)
                ?? throw new InvalidDataException($"the RDF list starting at {head} has a node without rdf:first");
        }
    }

    private Term Rest(Term head, Term node) =>
        Object(node, Vocab.Rdf.Rest) ?? throw new InvalidDataException($"the RDF list starting at {head} has a node without rdf:rest");
}
