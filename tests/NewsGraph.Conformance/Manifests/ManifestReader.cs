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
    private const string Mf = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#";
    private static readonly Iri Manifest = new(Mf + "Manifest");
    private static readonly Iri Include = new(Mf + "include");
    private static readonly Iri Entries = new(Mf + "entries");
    private static readonly Iri Name = new(Mf + "name");
    private static readonly Iri Action = new(Mf + "action");
    private static readonly Iri Result = new(Mf + "result");
    private static readonly Iri AssumedTestBase = new(Mf + "assumedTestBase");
    private static readonly Iri[] Approval =
    [
        new("http://www.w3.org/ns/rdftest#approval"),
        new("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#approval"),
    ];

    /// <summary>All tests reachable from the manifest, each once, in manifest order.</summary>
    public static IReadOnlyList<ManifestTest> Load(string manifestPath)
    {
        var tests = new List<ManifestTest>();
        LoadInto(Path.GetFullPath(manifestPath), tests, new HashSet<string>(StringComparer.Ordinal));
        return tests;
    }

    private static void LoadInto(string manifestPath, List<ManifestTest> tests, HashSet<string> visited)
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
                tests.Add(ReadTest(graph, entry, manifestPath, testBase));
            }

            foreach (var included in graph.Objects(manifest, Include).SelectMany(graph.List))
            {
                LoadInto(FileIris.ToPath(RequireIri(included, "mf:include")), tests, visited);
            }
        }
    }

    private static ManifestTest ReadTest(ManifestGraph graph, Term entry, string manifestPath, string? testBase)
    {
        var id = RequireIri(entry, "mf:entries");
        var type = graph.Object(entry, Vocab.Rdf.Type) as Iri
            ?? throw new InvalidDataException($"{manifestPath}: test <{id}> has no rdf:type");
        var action = graph.Object(entry, Action)
            ?? throw new InvalidDataException($"{manifestPath}: test <{id}> has no mf:action");
        var result = graph.Object(entry, Result);
        var approval = Approval.Select(p => graph.Object(entry, p)).OfType<Iri>().FirstOrDefault();
        var test = new ManifestTest(
            Id: id,
            Name: (graph.Object(entry, Name) as Literal)?.Lexical ?? string.Empty,
            Type: LocalName(type.Value),
            ActionPath: FileIris.ToPath(RequireIri(action, "mf:action")),
            ResultPath: result is null ? null : FileIris.ToPath(RequireIri(result, "mf:result")),
            Approval: approval is null ? null : LocalName(approval.Value),
            AssumedTestBase: testBase,
            ManifestPath: manifestPath);
        return test.Name.Length > 0 ? test : test with { Name = test.Key };
    }

    private static string RequireIri(Term term, string property) =>
        term is Iri iri ? iri.Value : throw new InvalidDataException($"expected an IRI as {property}, found {term}");

    private static string LocalName(string iri) => iri[(iri.LastIndexOfAny(['#', '/']) + 1)..];

    /// <summary>A manifest's triples indexed by subject, with RDF collection traversal.</summary>
    private sealed class ManifestGraph
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
}
