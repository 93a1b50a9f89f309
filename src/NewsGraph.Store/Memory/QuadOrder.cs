namespace NewsGraph.Store.Memory;

/// <summary>
/// One of the six orders in which the store sorts quads. Packing a quad's ids, in the order's
/// component order, into one 128-bit key makes lexicographic order plain integer order.
/// </summary>
internal enum QuadOrder
{
    Spog,
    Posg,
    Ospg,
    Gspo,
    Gpos,
    Gosp,
}

internal static class QuadKeys
{
    public static UInt128 Pack(QuadOrder order, in EncodedQuad q) => order switch
    {
        QuadOrder.Spog => Pack(q.S, q.P, q.O, q.G),
        QuadOrder.Posg => Pack(q.P, q.O, q.S, q.G),
        QuadOrder.Ospg => Pack(q.O, q.S, q.P, q.G),
        QuadOrder.Gspo => Pack(q.G, q.S, q.P, q.O),
        QuadOrder.Gpos => Pack(q.G, q.P, q.O, q.S),
        _ => Pack(q.G, q.O, q.S, q.P),
    };

    public static EncodedQuad Unpack(QuadOrder order, UInt128 key)
    {
        var a = (int)(uint)(key >> 96);
        var b = (int)(uint)(key >> 64);
        var c = (int)(uint)(key >> 32);
        var d = (int)(uint)key;
        return order switch
        {
            QuadOrder.Spog => new EncodedQuad(a, b, c, d),
            QuadOrder.Posg => new EncodedQuad(c, a, b, d),
            QuadOrder.Ospg => new EncodedQuad(b, c, a, d),
            QuadOrder.Gspo => new EncodedQuad(b, c, d, a),
            QuadOrder.Gpos => new EncodedQuad(d, b, c, a),
            _ => new EncodedQuad(c, d, b, a),
        };
    }

    /// <summary>The bits of the components after the first <paramref name="bound"/> (a shift by 128 would wrap, hence the special case).</summary>
    public static UInt128 SuffixMask(int bound) => SuffixMasks[Math.Min(bound, 4)];

    private static readonly UInt128[] SuffixMasks = [UInt128.MaxValue, UInt128.MaxValue >> 32, UInt128.MaxValue >> 64, UInt128.MaxValue >> 96, UInt128.Zero];

    public static UInt128 Pack(int a, int b, int c, int d) =>
        ((UInt128)(uint)a << 96) | ((UInt128)(uint)b << 64) | ((UInt128)(uint)c << 32) | (uint)d;

    /// <summary>
    /// The index and key prefix for a pattern: the order whose leading components are exactly the
    /// bound ones, so the matches are one contiguous range. Returns how many components are bound.
    /// </summary>
    public static (QuadOrder Order, int Bound, UInt128 Prefix) Plan(int s, int p, int o, int g)
    {
        var bs = s != 0;
        var bp = p != 0;
        var bo = o != 0;
        var bg = g > 0;
        var order = bg
            ? (bs ? (!bp && bo ? QuadOrder.Gosp : QuadOrder.Gspo) : bp ? QuadOrder.Gpos : bo ? QuadOrder.Gosp : QuadOrder.Gspo)
            : (bs ? (!bp && bo ? QuadOrder.Ospg : QuadOrder.Spog) : bp ? QuadOrder.Posg : bo ? QuadOrder.Ospg : QuadOrder.Spog);
        var q = new EncodedQuad(s, p, o, Math.Max(g, 0));
        var key = Pack(order, q);
        var bound = (bs ? 1 : 0) + (bp ? 1 : 0) + (bo ? 1 : 0) + (bg ? 1 : 0);

        // Keep only the leading components that are bound; with all four bound the key is exact.
        var prefix = key & ~SuffixMask(bound);
        return (order, bound, prefix);
    }
}
