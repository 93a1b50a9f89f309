namespace NewsGraph.Store.Durable;

/// <summary>
/// Bulk loading: quads go in chunks, each chunk's unknown terms are looked up and inserted a few
/// hundred per statement, and its quads are sorted in the table's order and inserted a few hundred
/// per statement, so SQLite walks its B-trees in order instead of one call per term and per quad.
/// </summary>
internal sealed partial class SqliteQuadStore
{
    /// <summary>Quads encoded and sorted at once: large enough for long sorted runs, small enough to bound memory.</summary>
    private const int ChunkSize = 1 << 18;

    private static readonly MultiRow TermsByHash = MultiRow.Lookup("SELECT id, key FROM terms WHERE hash IN", StoreConnection.RowsPerStatement);
    private static readonly MultiRow TermRows = MultiRow.Insert("INSERT INTO terms(id, hash, key) VALUES", 3, StoreConnection.RowsPerStatement);
    private static readonly MultiRow QuadRows = MultiRow.Insert("INSERT OR IGNORE INTO quads(g, s, p, o) VALUES", 4, StoreConnection.RowsPerStatement);

    public long AddRange(IEnumerable<Quad> quads)
    {
        CheckWritable();
        long added = 0;
        foreach (var chunk in quads.Chunk(ChunkSize))
        {
            added += AddChunk(chunk);
        }

        _count = Count + added;
        return added;
    }

    private long AddChunk(Quad[] quads)
    {
        var found = ResolveTerms(quads);
        var encoded = new EncodedQuad[quads.Length];
        for (var i = 0; i < quads.Length; i++)
        {
            var q = quads[i];
            encoded[i] = new EncodedQuad(Known(q.Subject, found), Known(q.Predicate, found), Known(q.Obj, found), q.Graph is null ? TermIds.DefaultGraph : Known(q.Graph, found));
        }

        // The table's key is G,S,P,O: in that order the inserts append to the same few pages.
        Array.Sort(encoded, static (a, b) => a.G != b.G ? a.G.CompareTo(b.G) : a.S != b.S ? a.S.CompareTo(b.S) : a.P != b.P ? a.P.CompareTo(b.P) : a.O.CompareTo(b.O));
        var distinct = Distinct(encoded);
        for (var i = 0; i < distinct; i++)
        {
            var g = encoded[i].G;
            if (g != TermIds.DefaultGraph && _knownGraphs.Add(g))
            {
                connection.Prepared(InsertGraph).Bind(0, g).Execute();
            }
        }

        return connection.InsertRows(QuadRows, distinct, (statement, row, at) =>
        {
            var q = encoded[row];
            statement.Bind(at, q.G).Bind(at + 1, q.S).Bind(at + 2, q.P).Bind(at + 3, q.O);
        });
    }

    /// <summary>
    /// Gives every term of the chunk an id: new terms are inserted, and those the store already has
    /// (but the cache does not) are returned, since the bounded cache may drop them before they are used.
    /// </summary>
    private Dictionary<Term, int> ResolveTerms(Quad[] quads)
    {
        var unknown = new HashSet<Term>();
        foreach (var q in quads)
        {
            AddIfUnknown(unknown, q.Subject);
            AddIfUnknown(unknown, q.Predicate);
            AddIfUnknown(unknown, q.Obj);
            if (q.Graph is not null)
            {
                AddIfUnknown(unknown, q.Graph);
            }
        }

        var found = new Dictionary<Term, int>();
        var fresh = new List<(int Id, long Hash, string Key)>();
        foreach (var batch in unknown.Chunk(StoreConnection.RowsPerStatement))
        {
            var keys = new Dictionary<string, Term>(batch.Length);
            var hashes = new long[batch.Length];
            for (var i = 0; i < batch.Length; i++)
            {
                var key = TermKeys.Encode(batch[i]);
                keys[key] = batch[i];
                hashes[i] = TermKeys.Hash(key);
            }

            foreach (var (id, key) in connection.LookupRows(TermsByHash, hashes))
            {
                if (keys.Remove(key, out var term))
                {
                    found[term] = id;
                    cache.Add(id, term);
                }
            }

            foreach (var (key, term) in keys)
            {
                fresh.Add((NewId(term), TermKeys.Hash(key), key));
            }
        }

        connection.InsertRows(TermRows, fresh.Count, (statement, row, at) =>
        {
            var (id, hash, key) = fresh[row];
            statement.Bind(at, id).Bind(at + 1, hash).Bind(at + 2, key);
        });
        return found;
    }

    private void AddIfUnknown(HashSet<Term> unknown, Term term)
    {
        if (!cache.TryGetId(term, out _) && !_newIds.ContainsKey(term))
        {
            unknown.Add(term);
        }
    }

    private int Known(Term term, Dictionary<Term, int> found) =>
        found.TryGetValue(term, out var id) || _newIds.TryGetValue(term, out id) || cache.TryGetId(term, out id)
            ? id
            : throw new InvalidOperationException($"term {term} was not resolved");

    /// <summary>Moves the distinct quads of a sorted array to its front; returns how many there are.</summary>
    private static int Distinct(EncodedQuad[] sorted)
    {
        var n = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (n == 0 || sorted[i] != sorted[n - 1])
            {
                sorted[n++] = sorted[i];
            }
        }

        return n;
    }
}
