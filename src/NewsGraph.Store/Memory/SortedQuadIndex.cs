namespace NewsGraph.Store.Memory;

/// <summary>
/// Quads in one order as a sorted array of packed keys. A pattern is a key prefix, so matching is
/// two binary searches and a scan, and counting is exact. The array is rebuilt from the store's
/// quad set when it is next read after a change, which suits bulk loads and batched updates.
/// </summary>
internal sealed class SortedQuadIndex(QuadOrder order)
{
    private UInt128[] _keys = [];

    public QuadOrder Order { get; } = order;

    private volatile bool _stale = true;

    public bool Stale
    {
        get => _stale;
        set => _stale = value;
    }

    public void Rebuild(IReadOnlyCollection<EncodedQuad> quads)
    {
        var keys = new UInt128[quads.Count];
        var i = 0;
        foreach (var q in quads)
        {
            keys[i++] = QuadKeys.Pack(Order, q);
        }

        Array.Sort(keys);
        _keys = keys;
        Stale = false;
    }

    /// <summary>The range of keys starting with the first <paramref name="bound"/> components of <paramref name="prefix"/>.</summary>
    public (int Start, int End) Range(UInt128 prefix, int bound)
    {
        if (bound == 0)
        {
            return (0, _keys.Length);
        }

        var upper = prefix | QuadKeys.SuffixMask(bound);
        return (LowerBound(prefix), LowerBoundAfter(upper));
    }

    /// <summary>The range whose first component lies in [from, to].</summary>
    public (int Start, int End) FirstComponentRange(int from, int to) =>
        (LowerBound(QuadKeys.Pack(from, 0, 0, 0)), LowerBoundAfter(QuadKeys.Pack(to, -1, -1, -1)));

    /// <summary>The current sorted keys; a rebuild replaces the array, so a scan holding it is unaffected.</summary>
    public UInt128[] Keys => _keys;

    private int LowerBound(UInt128 key)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (int)(((uint)lo + (uint)hi) >> 1);
            if (_keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private int LowerBoundAfter(UInt128 key)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (int)(((uint)lo + (uint)hi) >> 1);
            if (_keys[mid] <= key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
