using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;
using V = NewsGraph.Conformance.Sparql.SparqlVocabulary;

namespace NewsGraph.Conformance.Sparql;

/// <summary>Turns manifest entries into <see cref="SparqlTest"/>s, deciding which ones the harness skips and why.</summary>
internal static class SparqlTestReader
{
    private static readonly Dictionary<string, SparqlTestKind> Kinds = new(StringComparer.Ordinal)
    {
        ["PositiveSyntaxTest"] = SparqlTestKind.PositiveSyntax,
        ["PositiveSyntaxTest11"] = SparqlTestKind.PositiveSyntax,
        ["PositiveUpdateSyntaxTest"] = SparqlTestKind.PositiveSyntax,
        ["PositiveUpdateSyntaxTest11"] = SparqlTestKind.PositiveSyntax,
        ["NegativeSyntaxTest"] = SparqlTestKind.NegativeSyntax,
        ["NegativeSyntaxTest11"] = SparqlTestKind.NegativeSyntax,
        ["NegativeUpdateSyntaxTest"] = SparqlTestKind.NegativeSyntax,
        ["NegativeUpdateSyntaxTest11"] = SparqlTestKind.NegativeSyntax,
        ["QueryEvaluationTest"] = SparqlTestKind.QueryEvaluation,
        ["CSVResultFormatTest"] = SparqlTestKind.QueryEvaluation,
        ["UpdateEvaluationTest"] = SparqlTestKind.UpdateEvaluation,
    };

    /// <summary>Tests of the HTTP protocols: they need a server, and the server's own harness runs them.</summary>
    private static readonly HashSet<string> HttpTypes = new(StringComparer.Ordinal) { "ProtocolTest", "GraphStoreProtocolTest", "ServiceDescriptionTest" };

    /// <param name="entry">The manifest entry.</param>
    /// <param name="suiteRoot">The suite's top folder (<c>sparql10</c>, …), which keys are relative to.</param>
    public static SparqlTest Read(ManifestEntry entry, string suiteRoot)
    {
        var type = entry.Type;
        var kind = Kinds.GetValueOrDefault(type, SparqlTestKind.Unsupported);
        var key = Key(entry, suiteRoot);
        var test = new SparqlTest(
            Id: entry.Id,
            Key: key,
            Name: entry.Name.Length > 0 ? entry.Name : key,
            Type: type,
            Approval: entry.Approval,
            ManifestPath: entry.ManifestPath,
            Kind: kind,
            File: entry.ManifestPath,
            Data: DatasetFiles.Empty,
            ResultPath: null,
            ExpectedData: null,
            LaxCardinality: entry.Node.Object(V.ResultCardinality)?.LocalName == "LaxCardinality",
            Requires: [.. entry.Node.Objects(V.Requires).SelectMany(r => r.Members()).Select(r => r.LocalName ?? r.ToString())],
            SkipReason: null);

        if (HttpTypes.Contains(type))
        {
            return test with { SkipReason = $"mf:{type}: HTTP tests are run by the server's harness" };
        }

        var action = entry.Node.Object(V.Action) ?? throw new InvalidDataException($"{entry.ManifestPath}: test <{entry.Id}> has no mf:action");
        test = kind switch
        {
            SparqlTestKind.PositiveSyntax or SparqlTestKind.NegativeSyntax => test with { File = action.FilePath("mf:action") },
            SparqlTestKind.QueryEvaluation => test with
            {
                File = Required(action, V.Query, "qt:query", entry).FilePath("qt:query"),
                Data = QueryDataset(action),
                ResultPath = Required(entry.Node, V.Result, "mf:result", entry).FilePath("mf:result"),
            },
            SparqlTestKind.UpdateEvaluation => test with
            {
                File = Required(action, V.Request, "ut:request", entry).FilePath("ut:request"),
                Data = UpdateDataset(action),
                ExpectedData = entry.Node.Object(V.Result) is { } result ? UpdateDataset(result) : DatasetFiles.Empty,
            },
            _ => test with { File = action.Term is Iri ? action.FilePath("mf:action") : entry.ManifestPath },
        };
        return test with { SkipReason = WhySkipped(test, entry.Node, action) };
    }

    /// <summary>Tests (IRI endings) whose expected results only hold under RDF 1.0, where "a" and "a"^^xsd:string were different terms.</summary>
    private static readonly string[] Rdf10Only = ["sparql10/sort/extended-manifest.ttl#dawg-sort-11"];

    private static string? WhySkipped(SparqlTest test, ManifestNode node, ManifestNode action)
    {
        if (node.Term is Iri iri && Rdf10Only.Any(t => iri.Value.EndsWith(t, StringComparison.Ordinal)))
        {
            return "RDF 1.0 only: expects simple literals ordered apart from xsd:string, the same terms in RDF 1.1";
        }

        if (action.Term is Iri)
        {
            return null;
        }

        var regimes = action.Objects(V.EntailmentRegime).SelectMany(r => r.Members()).Select(r => r.LocalName ?? r.ToString()).ToList();
        if (regimes.Count > 0)
        {
            return $"needs an entailment regime ({string.Join(", ", regimes)}); the engine has simple entailment only";
        }

        // service7 describes no mock endpoint but is still a federation test, which its feature says.
        var federated = action.Objects(V.ServiceData).Any() || node.Objects(V.Feature).Any(f => f.Term == V.BasicFederatedQuery);
        return test.Kind == SparqlTestKind.QueryEvaluation && federated ? "SERVICE: needs remote endpoints" : null;
    }

    /// <summary>qt:data files merge into the default graph; each qt:graphData file is a named graph called by its own IRI.</summary>
    private static DatasetFiles QueryDataset(ManifestNode action) => new(
        [.. action.Objects(V.QueryData).Select(d => d.FilePath("qt:data"))],
        [.. action.Objects(V.QueryGraphData).Select(QueryGraph)]);

    private static NamedGraphFile QueryGraph(ManifestNode graphData)
    {
        var path = graphData.FilePath("qt:graphData"); // throws unless it is a file IRI, so the cast below is safe
        return new NamedGraphFile((Iri)graphData.Term, path);
    }

    /// <summary>ut:data files merge into the default graph; each ut:graphData names its graph with an rdfs:label.</summary>
    private static DatasetFiles UpdateDataset(ManifestNode node) => new(
        [.. node.Objects(V.UpdateData).Select(d => d.FilePath("ut:data"))],
        [.. node.Objects(V.UpdateGraphData).Select(UpdateGraph)]);

    private static NamedGraphFile UpdateGraph(ManifestNode graphData)
    {
        var file = graphData.Object(V.UpdateGraph) ?? throw new InvalidDataException($"ut:graphData {graphData} has no ut:graph");
        var name = graphData.Object(V.Label)?.Text ?? throw new InvalidDataException($"ut:graphData {graphData} has no rdfs:label");
        return new NamedGraphFile(new Iri(name), file.FilePath("ut:graph"));
    }

    private static ManifestNode Required(ManifestNode node, Iri property, string name, ManifestEntry entry) =>
        node.Object(property) ?? throw new InvalidDataException($"{entry.ManifestPath}: test <{entry.Id}> has no {name}");

    private static string Key(ManifestEntry entry, string suiteRoot)
    {
        var folder = Path.GetRelativePath(suiteRoot, Path.GetDirectoryName(entry.ManifestPath) ?? suiteRoot).Replace(Path.DirectorySeparatorChar, '/');
        var cut = entry.Id.LastIndexOf('#') is var hash and >= 0 ? hash : entry.Id.LastIndexOf('/');
        return $"{folder}/{entry.Id[(cut + 1)..]}";
    }
}
