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

    /// <summary>
    /// Sorted keys split into their high and low halves, with every <see cref="BlockSize"/>th key
    /// copied into a small sample that stays in cache: a search first finds the block in the
    /// sample, then only touches that block of the large arrays.
    /// </summary>
    internal sealed class Keys
    {
        private const int BlockSize = 32;
        private readonly ulong[] _sampleHigh;
        private readonly ulong[] _sampleLow;

        public Keys(ulong[] high, ulong[] low)
        {
            High = high;
            Low = low;
            var samples = (high.Length + BlockSize - 1) / BlockSize;
            _sampleHigh = new ulong[samples];
            _sampleLow = new ulong[samples];
            for (var i = 0; i < samples; i++)
            {
                _sampleHigh[i] = high[i * BlockSize];
                _sampleLow[i] = low[i * BlockSize];
            }
        }

        public ulong[] High { get; }

        public ulong[] Low { get; }

        public UInt128 this[int index] => new(High[index], Low[index]);

        /// <summary>The first index whose key is above (<paramref name="inclusive"/>) or at least the given key.</summary>
        public int LowerBound(ulong high, ulong low, bool inclusive)
        {
            var block = Search(_sampleHigh, _sampleLow, 0, _sampleHigh.Length, high, low, inclusive);
            if (block == 0)
            {
                return 0;
            }

            var start = (block - 1) * BlockSize;
            var end = Math.Min(High.Length, block * BlockSize);
            return Search(High, Low, start + 1, end, high, low, inclusive);
        }

        private static int Search(ulong[] highs, ulong[] lows, int lo, int hi, ulong high, ulong low, bool inclusive)
        {
            while (lo < hi)
            {
                var mid = (int)(((uint)lo + (uint)hi) >> 1);
                var h = highs[mid];
                var before = h < high || (h == high && (inclusive ? lows[mid] <= low : lows[mid] < low));
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
