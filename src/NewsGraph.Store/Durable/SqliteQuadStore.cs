namespace NewsGraph.Store.Durable;

/// <summary>
/// The <see cref="IQuadStore"/> a session sees: its connection's transaction, so reads are one
/// snapshot. A write session's new terms stay private until commit (a rollback may give their ids
/// to other terms), then join the dataset's shared <see cref="TermCache"/>.
/// </summary>
internal sealed partial class SqliteQuadStore(StoreConnection connection, TermCache cache, bool writable) : IQuadStore
{
    private const string SelectTermsByHash = "SELECT id, key FROM terms WHERE hash = $0";
    private const string SelectTermById = "SELECT key FROM terms WHERE id = $0";
    private const string InsertTerm = "INSERT INTO terms(id, hash, key) VALUES($0, $1, $2)";
    private const string SelectMaxTerm = "SELECT max(id) FROM terms";
    private const string InsertQuad = "INSERT OR IGNORE INTO quads(g, s, p, o) VALUES($0, $1, $2, $3)";
    private const string DeleteQuad = "DELETE FROM quads WHERE g = $0 AND s = $1 AND p = $2 AND o = $3";
    private const string InsertGraph = "INSERT OR IGNORE INTO graphs(id) VALUES($0)";
    private const string DeleteGraph = "DELETE FROM graphs WHERE id = $0";
    private const string DeleteGraphQuads = "DELETE FROM quads WHERE g = $0";
    private const string SelectGraphs = "SELECT id FROM graphs";
    private const string SelectMeta = "SELECT value FROM meta WHERE key = $0";
    private const string UpdateMeta = "UPDATE meta SET value = $1 WHERE key = $0";
    private const string UpsertMeta = "INSERT OR REPLACE INTO meta(key, value) VALUES($0, $1)";

    /// <summary>Application settings share the meta table with the store's own rows, under this prefix.</summary>
    private const string SettingPrefix = "setting:";

    private readonly Dictionary<Term, int> _newIds = [];
    private readonly Dictionary<int, Term> _newTerms = [];
    private readonly HashSet<int> _knownGraphs = [];
    private readonly Dictionary<EncodedQuad, long> _counts = [];
    private long _count = -1;
    private int _nextId;
    private long _committedCount;
    private bool _changed;

    public long Count
    {
        get
        {
            if (_count < 0)
            {
                _count = _committedCount = (long)connection.Prepared(SelectMeta).Bind(0, "quads").Scalar()!;
            }

            return _count;
        }
    }

    public int Lookup(Term term)
    {
        if (cache.TryGetId(term, out var id) || _newIds.TryGetValue(term, out id))
        {
            return id;
        }

        id = Find(TermKeys.Encode(term), out _);
        if (id != TermIds.None)
        {
            cache.Add(id, term);
        }

        return id;
    }

    public Term Decode(int id)
    {
        if (cache.TryGetTerm(id) is { } cached)
        {
            return cached;
        }

        if (_newTerms.TryGetValue(id, out var fresh))
        {
            return fresh;
        }

        var key = connection.Prepared(SelectTermById).Bind(0, id).Scalar() as string
            ?? throw new InvalidDataException($"the store has no term with id {id}");
        var term = TermKeys.Decode(key);
        cache.Add(id, term);
        return term;
    }

    public IEnumerable<EncodedQuad> Match(int s, int p, int o, int g) => connection.Match(s, p, o, g);

    public long CountMatches(int s, int p, int o, int g)
    {
        // A snapshot never changes, so a read session counts each pattern once; a writer's counts change with every write.
        var key = new EncodedQuad(s, p, o, g);
        if (!writable && _counts.TryGetValue(key, out var known))
        {
            return known;
        }

        var count = connection.CountMatches(s, p, o, g);
        if (!writable)
        {
            _counts[key] = count;
        }

        return count;
    }

    public IEnumerable<int> NamedGraphs()
    {
        var statement = connection.Prepared(SelectGraphs);
        var graphs = new List<int>();
        while (statement.Step())
        {
            graphs.Add(statement.Int32(0));
        }

        statement.Reset();
        return graphs;
    }

    public bool Add(Quad quad)
    {
        CheckWritable();
        var g = quad.Graph is null ? TermIds.DefaultGraph : Encode(quad.Graph);
        var added = connection.Prepared(InsertQuad).Bind(0, g).Bind(1, Encode(quad.Subject)).Bind(2, Encode(quad.Predicate)).Bind(3, Encode(quad.Obj)).Execute() == 1;
        if (g != TermIds.DefaultGraph && _knownGraphs.Add(g))
        {
            connection.Prepared(InsertGraph).Bind(0, g).Execute();
        }

        if (added)
        {
            _count = Count + 1;
        }

        return added;
    }

    public bool Remove(Quad quad)
    {
        CheckWritable();
        var s = Lookup(quad.Subject);
        var p = Lookup(quad.Predicate);
        var o = Lookup(quad.Obj);
        var g = quad.Graph is null ? TermIds.DefaultGraph : Lookup(quad.Graph);
        if (s == TermIds.None || p == TermIds.None || o == TermIds.None || g == TermIds.None)
        {
            return false;
        }

        var removed = connection.Prepared(DeleteQuad).Bind(0, g).Bind(1, s).Bind(2, p).Bind(3, o).Execute() == 1;
        if (removed)
        {
            _count = Count - 1;
        }

        return removed;
    }

    public bool CreateGraph(Term graph)
    {
        CheckWritable();
        var g = Encode(graph);
        _knownGraphs.Add(g);
        return connection.Prepared(InsertGraph).Bind(0, g).Execute() == 1;
    }

    public bool DropGraph(Term graph)
    {
        CheckWritable();
        var g = Lookup(graph);
        if (g == TermIds.None)
        {
            return false;
        }

        _knownGraphs.Remove(g);
        var removed = connection.Prepared(DeleteGraphQuads).Bind(0, g).Execute();
        _count = Count - removed;
        return connection.Prepared(DeleteGraph).Bind(0, g).Execute() == 1;
    }

    /// <summary>Writes the quad count and commit time into the transaction, just before it commits.</summary>
    public void BeforeCommit()
    {
        if (!_changed)
        {
            return;
        }

        if (_count >= 0 && _count != _committedCount)
        {
            connection.Prepared(UpdateMeta).Bind(0, "quads").Bind(1, _count).Execute();
        }

        connection.Prepared(UpdateMeta).Bind(0, "last_commit").Bind(1, DateTimeOffset.UtcNow.ToString("O")).Execute();
    }

    /// <summary>Once committed, the new terms are safe to share.</summary>
    public void AfterCommit()
    {
        foreach (var (id, term) in _newTerms)
        {
            cache.Add(id, term);
        }

        _newTerms.Clear();
        _newIds.Clear();
    }

    /// <summary>The time of the last commit, as the snapshot sees it.</summary>
    public DateTimeOffset? LastCommit() =>
        connection.Prepared(SelectMeta).Bind(0, "last_commit").Scalar() is string s ? DateTimeOffset.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;

    public string? Setting(string name) => connection.Prepared(SelectMeta).Bind(0, SettingPrefix + name).Scalar() as string;

    public void SetSetting(string name, string value)
    {
        CheckWritable();
        connection.Prepared(UpsertMeta).Bind(0, SettingPrefix + name).Bind(1, value).Execute();
    }

    private int Encode(Term term)
    {
        if (cache.TryGetId(term, out var id) || _newIds.TryGetValue(term, out id))
        {
            return id;
        }

        var key = TermKeys.Encode(term);
        id = Find(key, out var hash);
        if (id != TermIds.None)
        {
            cache.Add(id, term);
            return id;
        }

        id = NewId(term);
        connection.Prepared(InsertTerm).Bind(0, id).Bind(1, hash).Bind(2, key).Execute();
        return id;
    }

    /// <summary>
    /// The id for a term about to be inserted. Ids are given here rather than by SQLite so a batch
    /// of new terms can be inserted in one statement; the writer holds the database's write lock,
    /// so nobody else gives ids meanwhile.
    /// </summary>
    private int NewId(Term term)
    {
        if (_nextId == 0)
        {
            _nextId = (int)(long)connection.Prepared(SelectMaxTerm).Scalar()! + 1;
        }

        var id = _nextId++;
        _newIds.Add(term, id);
        _newTerms.Add(id, term);
        return id;
    }

    private int Find(string key, out long hash)
    {
        hash = TermKeys.Hash(key);
        var statement = connection.Prepared(SelectTermsByHash).Bind(0, hash);
        try
        {
            while (statement.Step())
            {
                if (statement.Text(1) == key)
                {
                    return statement.Int32(0);
                }
            }

            return TermIds.None;
        }
        finally
        {
            statement.Reset();
        }
    }

    private void CheckWritable()
    {
        if (!writable)
        {
            throw new InvalidOperationException("a read session cannot change the store");
        }

        _changed = true;
    }
}
