using NewsGraph.Sparql.Algebra;

namespace NewsGraph.Sparql.Syntax;

/// <summary>SPARQL 1.1 Update (grammar rules 3, 29–51).</summary>
internal sealed partial class SparqlParser
{
    public static IReadOnlyList<UpdateOperation> ParseUpdate(string text, string? baseIri = null)
    {
        var parser = new SparqlParser(text, baseIri);
        var operations = parser.UpdateRequest();
        parser.ExpectEnd();
        return operations;
    }

    private List<UpdateOperation> UpdateRequest()
    {
        var operations = new List<UpdateOperation>();
        while (true)
        {
            Prologue();
            if (Current.Kind == TokenKind.End)
            {
                return operations;
            }

            var operation = Update1();
            operations.Add(operation);

            // INSERT DATA's blank nodes are the request's own: one label cannot name nodes in two such operations.
            foreach (var label in operation is InsertDataOperation ? _templateBlankNodes.Keys.ToList() : [])
            {
                if (!_requestBlankLabels.Add(label))
                {
                    throw Error($"the blank node label _:{label} is used in two operations of one update request");
                }
            }

            _templateBlankNodes.Clear();
            if (!Accept(";"))
            {
                return operations;
            }
        }
    }

    private readonly HashSet<string> _requestBlankLabels = new(StringComparer.Ordinal);

    private static bool HasBlankNode(QuadPattern q) =>
        q.Subject.Term is BlankNode || q.Object.Term is BlankNode || q.Subject.Variable?.IsHidden == true || q.Object.Variable?.IsHidden == true;

    private UpdateOperation Update1()
    {
        if (AcceptKeyword("LOAD"))
        {
            var silent = AcceptKeyword("SILENT");
            var source = IriTerm();
            Iri? into = null;
            if (AcceptKeyword("INTO"))
            {
                into = GraphRef();
            }

            return new LoadOperation(source, into, silent);
        }

        if (AcceptKeyword("CLEAR"))
        {
            var silent = AcceptKeyword("SILENT");
            return new ClearOperation(GraphRefAll(), silent);
        }

        if (AcceptKeyword("DROP"))
        {
            var silent = AcceptKeyword("SILENT");
            return new DropOperation(GraphRefAll(), silent);
        }

        if (AcceptKeyword("CREATE"))
        {
            var silent = AcceptKeyword("SILENT");
            return new CreateOperation(GraphRef(), silent);
        }

        foreach (var (keyword, kind) in new[] { ("ADD", GraphTransfer.Add), ("MOVE", GraphTransfer.Move), ("COPY", GraphTransfer.Copy) })
        {
            if (AcceptKeyword(keyword))
            {
                var silent = AcceptKeyword("SILENT");
                var from = GraphOrDefault();
                ExpectKeyword("TO");
                var to = GraphOrDefault();
                return new TransferOperation(kind, from, to, silent);
            }
        }

        if (Current.IsKeyword("INSERT") && PeekToken().IsKeyword("DATA"))
        {
            _pos += 2;
            return new InsertDataOperation(QuadData(forDelete: false));
        }

        if (Current.IsKeyword("DELETE") && PeekToken().IsKeyword("DATA"))
        {
            _pos += 2;
            return new DeleteDataOperation(QuadData(forDelete: true));
        }

        if (Current.IsKeyword("DELETE") && PeekToken().IsKeyword("WHERE"))
        {
            _pos += 2;
            var at = Current;
            var quads = QuadPatternBlock(template: false);
            if (quads.Any(HasBlankNode))
            {
                throw Error("DELETE WHERE cannot use blank nodes", at);
            }

            return new DeleteInsertOperation(quads, [], null, null, QuadsToPattern(quads));
        }

        return Modify();
    }

    private UpdateOperation Modify()
    {
        Iri? with = null;
        if (AcceptKeyword("WITH"))
        {
            with = IriTerm();
        }

        List<QuadPattern> delete = [];
        List<QuadPattern> insert = [];
        if (AcceptKeyword("DELETE"))
        {
            var at = Current;
            delete = QuadPatternBlock(template: false);
            if (delete.Any(HasBlankNode))
            {
                throw Error("DELETE templates cannot use blank nodes", at);
            }

            if (AcceptKeyword("INSERT"))
            {
                insert = QuadPatternBlock(template: true);
            }
        }
        else if (AcceptKeyword("INSERT"))
        {
            insert = QuadPatternBlock(template: true);
        }
        else
        {
            throw Expected("an update operation (INSERT, DELETE, LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY)");
        }

        List<Iri>? usingDefault = null;
        List<Iri>? usingNamed = null;
        while (AcceptKeyword("USING"))
        {
            if (AcceptKeyword("NAMED"))
            {
                (usingNamed ??= []).Add(IriTerm());
            }
            else
            {
                (usingDefault ??= []).Add(IriTerm());
            }
        }

        ExpectKeyword("WHERE");
        var where = GroupGraphPattern();
        QueryDataset? dataset = usingDefault is null && usingNamed is null ? null : new QueryDataset(usingDefault ?? [], usingNamed ?? []);
        if (with is not null)
        {
            // WITH names the graph that templates without GRAPH act on; it is the pattern's default graph unless USING says otherwise.
            delete = delete.Select(q => q.Graph is null ? q with { Graph = with } : q).ToList();
            insert = insert.Select(q => q.Graph is null ? q with { Graph = with } : q).ToList();
        }

        return new DeleteInsertOperation(delete, insert, dataset, dataset is null ? with : null, where);
    }

    private Iri GraphRef()
    {
        ExpectKeyword("GRAPH");
        return IriTerm();
    }

    private GraphTarget GraphRefAll()
    {
        if (AcceptKeyword("DEFAULT"))
        {
            return GraphTarget.Default;
        }

        if (AcceptKeyword("NAMED"))
        {
            return GraphTarget.AllNamed;
        }

        if (AcceptKeyword("ALL"))
        {
            return GraphTarget.All;
        }

        return new GraphTarget.GraphIri(GraphRef());
    }

    private Iri? GraphOrDefault()
    {
        if (AcceptKeyword("DEFAULT"))
        {
            return null;
        }

        AcceptKeyword("GRAPH");
        return IriTerm();
    }

    /// <summary>INSERT DATA / DELETE DATA: ground quads (INSERT DATA may have blank nodes, DELETE DATA may not).</summary>
    private List<Quad> QuadData(bool forDelete)
    {
        var at = Current;
        var patterns = QuadPatternBlock(template: true);
        var quads = new List<Quad>();
        foreach (var q in patterns)
        {
            if (q.Subject.IsVariable || q.Predicate.IsVariable || q.Object.IsVariable || q.Graph?.IsVariable == true)
            {
                throw Error("variables are not allowed in INSERT DATA or DELETE DATA", at);
            }

            if (forDelete && (q.Subject.Term is BlankNode || q.Object.Term is BlankNode))
            {
                throw Error("blank nodes are not allowed in DELETE DATA", at);
            }

            quads.Add(new Quad(q.Subject.Term!, (Iri)q.Predicate.Term!, q.Object.Term!, q.Graph?.Term));
        }

        return quads;
    }

    /// <summary>'{' Quads '}': triples, optionally inside GRAPH blocks.</summary>
    private List<QuadPattern> QuadPatternBlock(bool template)
    {
        Expect("{");
        var saved = _blankNodesAreTerms;
        _blankNodesAreTerms = template;
        var quads = new List<QuadPattern>();
        while (!Current.Is("}"))
        {
            if (AcceptKeyword("GRAPH"))
            {
                var graph = VarOrIri();
                Expect("{");
                var triples = new List<TriplePattern>();
                if (!Current.Is("}"))
                {
                    TriplesTemplate(triples, allowPaths: false);
                }

                Expect("}");
                quads.AddRange(triples.Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, graph)));
            }
            else if (IsTriplesStart())
            {
                var triples = new List<TriplePattern>();
                TriplesTemplate(triples, allowPaths: false);
                quads.AddRange(triples.Select(t => new QuadPattern(t.Subject, t.Predicate, t.Object, null)));
            }
            else
            {
                throw Expected("triples, GRAPH or '}'");
            }

            Accept(".");
        }

        Expect("}");
        _blankNodesAreTerms = saved;
        return quads;
    }

    /// <summary>The WHERE pattern of DELETE WHERE: its own quads, as a group of (GRAPH) basic graph patterns.</summary>
    private static GraphPattern QuadsToPattern(List<QuadPattern> quads)
    {
        GraphPattern pattern = new BgpPattern(quads.Where(q => q.Graph is null).Select(q => new TriplePattern(q.Subject, q.Predicate, q.Object)).ToList());
        foreach (var group in quads.Where(q => q.Graph is not null).GroupBy(q => q.Graph!.Value))
        {
            var bgp = new BgpPattern(group.Select(q => new TriplePattern(q.Subject, q.Predicate, q.Object)).ToList());
            pattern = Join(pattern, new GraphGraphPattern(group.Key, bgp));
        }

        return pattern;
    }
}
