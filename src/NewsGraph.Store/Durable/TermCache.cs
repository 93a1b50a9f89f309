namespace NewsGraph.Store.Durable;

/// <summary>
/// Committed term ↔ id pairs, shared by every session of a dataset. An id, once committed, names
/// the same term for ever (terms are never deleted), so entries never go stale; only committed
/// pairs are added, because a rolled-back id may be given to another term later. Bounded by two
/// generations: when the young one is full the old one is dropped, and a hit in the old one is
/// promoted, so frequently used terms stay.
/// </summary>
internal sealed class TermCache(int capacity)
{
    private readonly Lock _gate = new();
    private Generation _young = new();
    private Generation _old = new();

    public bool TryGetId(Term term, out int id)
    {
        lock (_gate)
        {
            if (_young.Ids.TryGetValue(term, out id))
            {
                return true;
            }

            if (_old.Ids.TryGetValue(term, out id))
            {
                AddLocked(id, term);
                return true;
            }

            return false;
        }
    }

    public Term? TryGetTerm(int id)
    {
        lock (_gate)
        {
            if (_young.Terms.TryGetValue(id, out var term))
            {
                return term;
            }

            if (_old.Terms.TryGetValue(id, out term))
            {
                AddLocked(id, term);
                return term;
            }

            return null;
        }
    }

    public void Add(int id, Term term)
    {
        lock (_gate)
        {
            AddLocked(id, term);
        }
    }

    private void AddLocked(int id, Term term)
    {
        if (_young.Terms.Count >= capacity / 2)
        {
            _old = _young;
            _young = new Generation();
        }

        _young.Terms[id] = term;
        _young.Ids[term] = id;
    }

    private sealed class Generation
    {
        public Dictionary<int, Term> Terms { get; } = [];

        public Dictionary<Term, int> Ids { get; } = [];
    }
}
