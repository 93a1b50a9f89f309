using NewsGraph.Sparql.Evaluation.Functions;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>
/// Everything one query execution shares: the store, the dataset it queries, the ids of terms the
/// query itself creates, the clock for NOW(), cancellation and the result-size cap.
/// </summary>
internal sealed class QueryContext
{
    private readonly Dictionary<Term, int> _localIds = [];
    private readonly List<Term> _localTerms = [null!];
    private long _ticks;

    private readonly long? _maxMemoryBytes;

    public QueryContext(IQuadStore store, ActiveDataset dataset, CancellationToken cancellation, long? maxMemoryBytes = null)
    {
        Store = store;
        Dataset = dataset;
        Cancellation = cancellation;
        _maxMemoryBytes = maxMemoryBytes;
    }

    public IQuadStore Store { get; }

    public ActiveDataset Dataset { get; }

    public CancellationToken Cancellation { get; }

    public QueryClock Clock { get; } = new();

    /// <summary>Runs SERVICE calls; null when the host allows none.</summary>
    public RemoteSelect? Service { get; init; }

    /// <summary>
    /// The id of a term: the store's id if it has one (so joins with stored data work), otherwise
    /// a negative id private to this query. Each term has exactly one id, so equal ids mean equal terms.
    /// </summary>
    public int Encode(Term term)
    {
        var id = Store.Lookup(term);
        if (id != TermIds.None)
        {
            return id;
        }

        if (!_localIds.TryGetValue(term, out id))
        {
            id = -_localTerms.Count;
            _localTerms.Add(term);
            _localIds[term] = id;
        }

        return id;
    }

    public Term Decode(int id) => id > 0 ? Store.Decode(id) : _localTerms[-id];

    public Term? DecodeOrNull(int id) => id == TermIds.None ? null : Decode(id);

    /// <summary>Called in loops that may run long: honours cancellation and the memory cap without a check per row.</summary>
    public void Tick()
    {
        if ((++_ticks & 0x3FF) == 0)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (_maxMemoryBytes is { } cap && (_ticks & 0xFFFF) == 0 && GC.GetTotalMemory(forceFullCollection: false) > cap)
            {
                throw SparqlLimitException.Memory(cap);
            }
        }
    }
}

/// <summary>
/// The graphs a query sees: the default graph (the store's default graph, the merge of FROM
/// graphs, or the union of all graphs) and the named graphs (all, or the FROM NAMED ones).
/// </summary>
internal sealed class ActiveDataset
{
    /// <summary>Graph ids whose merge is the default graph; null means the union of every graph in the store.</summary>
    public int[]? DefaultGraphs { get; init; } = [TermIds.DefaultGraph];

    /// <summary>The named graph ids; null means every named graph in the store.</summary>
    public HashSet<int>? NamedGraphs { get; init; }
}
