namespace NewsGraph.Store.Memory;

/// <summary>
/// Quads in one order, sorted, as two arrays: the high and low 64 bits of each packed key (the
/// first two components, then the last two). A pattern is a key prefix, so matching is two binary
/// searches and a scan, and counting is exact; searching on plain ulongs keeps the comparisons
/// cheap. The arrays are rebuilt from the store's quad set when next read after a change, which
/// suits bulk loads and batched updates.
/// </summary>
internal sealed class SortedQuadIndex(QuadOrder order)
{
    private volatile bool _stale = true;
    private Keys _keys = new([], []);

    public QuadOrder Order { get; } = order;

    public bool Stale
    {
        get => _stale;
        set => _stale = value;
    }

    /// <summary>The current sorted keys; a rebuild replaces them whole, so a scan holding them is unaffected.</summary>
    public Keys Current => _keys;

    public void Rebuild(IReadOnlyCollection<EncodedQuad> quads)
    {
        var packed = new UInt128[quads.Count];
        var i = 0;
        foreach (var q in quads)
        {
            packed[i++] = QuadKeys.Pack(Order, q);
        }

        Array.Sort(packed);
        var high = new ulong[packed.Length];
        var low = new ulong[packed.Length];
        for (i = 0; i < packed.Length; i++)
        {
            high[i] = (ulong)(packed[i] >> 64);
            low[i] = (ulong)packed[i];
        }

        _keys = new Keys(high, low);
        Stale = false;
    }

    /// <summary>The range of keys starting with the first <paramref name="bound"/> components of <paramref name="prefix"/>.</summary>
    public (int Start, int End) Range(UInt128 prefix, int bound)
    {
        var keys = _keys;
        if (bound == 0)
        {
            return (0, keys.High.Length);
        }

        var upper = prefix | QuadKeys.SuffixMask(bound);
        return (keys.LowerBound((ulong)(prefix >> 64), (ulong)prefix, inclusive: false), keys.LowerBound((ulong)(upper >> 64), (ulong)upper, inclusive: true));
    }

    /// <summary>Sorted keys split into their high and low halves.</summary>
    internal sealed record Keys(ulong[] High, ulong[] Low)
    {
        public UInt128 this[int index] => new(High[index], Low[index]);

        /// <summary>The first index whose key is above (<paramref name="inclusive"/>) or at least the given key.</summary>
        public int LowerBound(ulong high, ulong low, bool inclusive)
        {
            int lo = 0, hi = High.Length;
            while (lo < hi)
            {
                var mid = (int)(((uint)lo + (uint)hi) >> 1);
                var h = High[mid];
                var before = h < high || (h == high && (inclusive ? Low[mid] <= low : Low[mid] < low));
                if (before)
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
}
