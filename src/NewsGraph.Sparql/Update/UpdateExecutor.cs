using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation;
using NewsGraph.Sparql.Evaluation.Operators;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Update;

/// <summary>Carries out SPARQL 1.1 Update operations (§3) one after another on a store.</summary>
internal static class UpdateExecutor
{
    public static void Run(IQuadStore store, IReadOnlyList<UpdateOperation> operations, SparqlUpdateOptions options)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(options.Cancellation);
        if (options.Timeout is { } t)
        {
            timeout.CancelAfter(t);
        }

        try
        {
            RunAll(store, operations, options, timeout.Token);
        }
        catch (OperationCanceledException) when (options.Timeout is { } limit && !options.Cancellation.IsCancellationRequested)
        {
            throw new SparqlTimeoutException(limit);
        }
    }

    private static void RunAll(IQuadStore store, IReadOnlyList<UpdateOperation> operations, SparqlUpdateOptions options, CancellationToken cancellation)
    {
        foreach (var operation in operations)
        {
            cancellation.ThrowIfCancellationRequested();
            switch (operation)
            {
                case InsertDataOperation insert:
                    foreach (var q in insert.Quads)
                    {
                        store.Add(q);
                    }

                    break;
                case DeleteDataOperation delete:
                    foreach (var q in delete.Quads)
                    {
                        store.Remove(q);
                    }

                    break;
                case DeleteInsertOperation modify:
                    Modify(store, modify, cancellation, options.MaxMemoryBytes);
                    break;
                case LoadOperation load:
                    Load(store, load, options);
                    break;
                case ClearOperation clear:
                    Clear(store, clear.Target, clear.Silent, drop: false);
                    break;
                case DropOperation drop:
                    Clear(store, drop.Target, drop.Silent, drop: true);
                    break;
                case CreateOperation create:
                    if (!store.CreateGraph(create.Graph) && !create.Silent)
                    {
                        throw new SparqlUpdateException($"CREATE GRAPH {create.Graph}: the graph already exists");
                    }

                    break;
                case TransferOperation transfer:
                    Transfer(store, transfer);
                    break;
            }
        }
    }

    /// <summary>DELETE/INSERT WHERE: the pattern is matched first, then all deletions, then all insertions (§3.1.3).</summary>
    private static void Modify(IQuadStore store, DeleteInsertOperation op, CancellationToken cancellation, long? maxMemoryBytes)
    {
        var dataset = op.Using is null && op.With is not null
            ? new ActiveDataset { DefaultGraphs = store.Lookup(op.With) is var with && with != TermIds.None ? [with] : [] }
            : QueryExecutor.ResolveDataset(store, op.Using, new SparqlQueryOptions());
        var context = new QueryContext(store, dataset, cancellation, maxMemoryBytes);
        var (root, slots, _) = QueryCompiler.Plan(context, op.Where, null);
        foreach (var q in op.Delete.Concat(op.Insert))
        {
            foreach (var v in new[] { q.Subject, q.Predicate, q.Object }.Append(q.Graph ?? default).Where(p => p.IsVariable))
            {
                _ = slots[v.Variable!];
            }
        }

        var solutions = root.Run(new int[slots.Count]).ToList();
        var deletions = Instantiate(op.Delete, solutions, slots, context).ToList();
        var insertions = Instantiate(op.Insert, solutions, slots, context).ToList();
        foreach (var q in deletions)
        {
            store.Remove(q);
        }

        foreach (var q in insertions)
        {
            store.Add(q);
        }
    }

    private static IEnumerable<Quad> Instantiate(IReadOnlyList<QuadPattern> template, List<int[]> solutions, VariableSlots slots, QueryContext context)
    {
        foreach (var s in solutions)
        {
            var blankNodes = new Dictionary<BlankNode, BlankNode>();
            foreach (var t in template)
            {
                var subject = TemplateInstantiation.Instantiate(t.Subject, s, slots, context, blankNodes);
                var predicate = TemplateInstantiation.Instantiate(t.Predicate, s, slots, context, blankNodes);
                var obj = TemplateInstantiation.Instantiate(t.Object, s, slots, context, blankNodes);
                Term? graph = null;
                if (t.Graph is { } g)
                {
                    graph = TemplateInstantiation.Instantiate(g, s, slots, context, blankNodes);
                    if (graph is not Iri)
                    {
                        continue;
                    }
                }

                if (subject is null or Literal || predicate is not Iri p || obj is null)
                {
                    continue;
                }

                yield return new Quad(subject, p, obj, graph);
            }
        }
    }

    private static void Load(IQuadStore store, LoadOperation load, SparqlUpdateOptions options)
    {
        var path = options.ResolveLoadSource?.Invoke(load.Source);
        try
        {
            if (path is null || !File.Exists(path))
            {
                throw new SparqlUpdateException($"LOAD {load.Source}: the source cannot be read");
            }

            if (!RdfFormats.TryFromPath(path, out var format))
            {
                throw new SparqlUpdateException($"LOAD {load.Source}: unknown RDF format");
            }

            using var reader = RdfReader.Create(RdfReader.OpenText(path), format, new RdfReaderOptions { BaseIri = load.Source.Value, SourceName = path });
            var quads = reader.ReadAll().Where(q => q.Graph is null).Select(q => q with { Graph = load.Into }).ToList();
            if (load.Into is not null)
            {
                store.CreateGraph(load.Into);
            }

            store.AddRange(quads);
        }
        catch (Exception e) when (load.Silent && e is SparqlUpdateException or RdfSyntaxException or IOException)
        {
        }
    }

    private static void Clear(IQuadStore store, GraphTarget target, bool silent, bool drop)
    {
        switch (target)
        {
            case GraphTarget.DefaultTarget:
                RemoveGraph(store, TermIds.DefaultGraph);
                break;
            case GraphTarget.NamedTarget:
                DropNamed(store, drop);
                break;
            case GraphTarget.AllTarget:
                RemoveGraph(store, TermIds.DefaultGraph);
                DropNamed(store, drop);
                break;
            case GraphTarget.GraphIri graph:
                var id = store.Lookup(graph.Name);
                if (id == TermIds.None || !store.NamedGraphs().Contains(id))
                {
                    if (!silent)
                    {
                        throw new SparqlUpdateException($"{(drop ? "DROP" : "CLEAR")} GRAPH {graph.Name}: no such graph");
                    }

                    return;
                }

                if (drop)
                {
                    store.DropGraph(graph.Name);
                }
                else
                {
                    RemoveGraph(store, id);
                }

                break;
        }
    }

    private static void DropNamed(IQuadStore store, bool drop)
    {
        foreach (var g in store.NamedGraphs().ToList())
        {
            if (drop)
            {
                store.DropGraph(store.Decode(g));
            }
            else
            {
                RemoveGraph(store, g);
            }
        }
    }

    private static void RemoveGraph(IQuadStore store, int graph)
    {
        foreach (var q in Decode(store, graph).ToList())
        {
            store.Remove(q);
        }
    }

    private static IEnumerable<Quad> Decode(IQuadStore store, int graph)
    {
        var graphTerm = graph == TermIds.DefaultGraph ? null : store.Decode(graph);
        foreach (var q in store.Match(TermIds.None, TermIds.None, TermIds.None, graph))
        {
            yield return new Quad(store.Decode(q.S), (Iri)store.Decode(q.P), store.Decode(q.O), graphTerm);
        }
    }

    /// <summary>ADD, COPY and MOVE (§3.2.3–3.2.5).</summary>
    private static void Transfer(IQuadStore store, TransferOperation op)
    {
        if (Equals(op.From, op.To))
        {
            return;
        }

        int GraphId(Iri? g) => g is null ? TermIds.DefaultGraph : store.Lookup(g);
        var from = GraphId(op.From);
        if (op.From is not null && (from == TermIds.None || !store.NamedGraphs().Contains(from)))
        {
            if (op.Silent)
            {
                return;
            }

            throw new SparqlUpdateException($"{op.Kind.ToString().ToUpperInvariant()}: the source graph {op.From} does not exist");
        }

        var source = Decode(store, from).Select(q => q with { Graph = op.To }).ToList();
        if (op.Kind is GraphTransfer.Copy or GraphTransfer.Move)
        {
            var to = GraphId(op.To);
            if (to != TermIds.None)
            {
                RemoveGraph(store, to);
            }
        }

        if (op.To is not null)
        {
            store.CreateGraph(op.To);
        }

        foreach (var q in source)
        {
            store.Add(q);
        }

        if (op.Kind == GraphTransfer.Move)
        {
            if (op.From is null)
            {
                RemoveGraph(store, TermIds.DefaultGraph);
            }
            else
            {
                store.DropGraph(op.From);
            }
        }
    }
}
