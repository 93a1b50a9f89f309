using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Operators;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>Runs a query's algebra against a store and shapes the solutions into the query form's result.</summary>
internal static class QueryExecutor
{
    public static QueryResult Execute(IQuadStore store, Query query, SparqlQueryOptions options)
    {
        var limits = new ExecutionLimits(options.Timeout, options.MaxResults, options.Cancellation);
        var context = new QueryContext(store, ResolveDataset(store, query.Dataset, options), limits.Token, options.MaxMemoryBytes) { Service = options.Service };
        var (root, slots, _) = QueryCompiler.Plan(context, query.Pattern, query.BaseIri);
        var solutions = limits.Guard(() => root.Run(new int[slots.Count]));

        switch (query.Form)
        {
            case QueryForm.Ask:
                return new BooleanResult(solutions.Any());
            case QueryForm.Select:
                var projected = query.Projection.Select(v => slots[v]).ToArray();
                var rows = limits.Count(solutions.Select(s => projected.Select(p => context.DecodeOrNull(s[p])).ToArray()));
                return new SolutionsResult(query.Projection.Select(v => v.Name).ToList(), rows);
            case QueryForm.Construct:
                return new GraphResult(limits.Count(TemplateInstantiation.Construct(query.Template, solutions, slots, context)));
            default:
                return new GraphResult(limits.Count(Describe.Triples(query, solutions, slots, context)));
        }
    }

    public static string Explain(IQuadStore store, Query query, SparqlQueryOptions options)
    {
        var context = new QueryContext(store, ResolveDataset(store, query.Dataset, options), CancellationToken.None);
        var (root, slots, optimized) = QueryCompiler.Plan(context, query.Pattern, query.BaseIri);
        var sb = new System.Text.StringBuilder();
        sb.Append("# optimised algebra\n").Append(AlgebraPrinter.Print(optimized)).Append("\n\n# plan: ");
        sb.Append(query.Form.ToString().ToLowerInvariant());
        if (query.Form == QueryForm.Select)
        {
            sb.Append(' ').AppendJoin(' ', query.Projection);
        }

        sb.Append('\n');
        root.Explain(sb, 1, slots);
        return sb.ToString();
    }

    /// <summary>The protocol's dataset overrides FROM/FROM NAMED, which override the store's own graphs (§13.2).</summary>
    internal static ActiveDataset ResolveDataset(IQuadStore store, QueryDataset? fromQuery, SparqlQueryOptions options)
    {
        IReadOnlyList<Iri>? defaults = options.DefaultGraphs;
        IReadOnlyList<Iri>? named = options.NamedGraphs;
        if (defaults is null && named is null && fromQuery is not null)
        {
            defaults = fromQuery.Default;
            named = fromQuery.Named;
        }

        if (defaults is null && named is null)
        {
            return new ActiveDataset { DefaultGraphs = options.UnionDefaultGraph ? null : [TermIds.DefaultGraph] };
        }

        return new ActiveDataset
        {
            DefaultGraphs = (defaults ?? []).Select(store.Lookup).Where(id => id != TermIds.None).Distinct().ToArray(),
            NamedGraphs = (named ?? []).Select(store.Lookup).Where(id => id != TermIds.None).ToHashSet(),
        };
    }
}

/// <summary>The timeout, result cap and cancellation of one execution, applied while results are enumerated.</summary>
internal sealed class ExecutionLimits
{
    private readonly TimeSpan? _timeout;
    private readonly long? _maxResults;
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _caller;

    public ExecutionLimits(TimeSpan? timeout, long? maxResults, CancellationToken cancellation)
    {
        _timeout = timeout;
        _caller = cancellation;
        _maxResults = maxResults;
        _source = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        if (timeout is { } t)
        {
            _source.CancelAfter(t);
        }
    }

    public CancellationToken Token => _source.Token;

    public IEnumerable<T> Guard<T>(Func<IEnumerable<T>> produce)
    {
        using var e = Wrap(produce).GetEnumerator();
        while (true)
        {
            bool more;
            try
            {
                more = e.MoveNext();
            }
            catch (OperationCanceledException) when (_timeout is { } t && !_caller.IsCancellationRequested)
            {
                throw new SparqlTimeoutException(t);
            }

            if (!more)
            {
                yield break;
            }

            yield return e.Current;
        }
    }

    public IEnumerable<T> Count<T>(IEnumerable<T> results)
    {
        long n = 0;
        foreach (var r in results)
        {
            if (_maxResults is { } max && ++n > max)
            {
                throw SparqlLimitException.Results(max);
            }

            yield return r;
        }
    }

    private static IEnumerable<T> Wrap<T>(Func<IEnumerable<T>> produce)
    {
        foreach (var x in produce())
        {
            yield return x;
        }
    }
}
