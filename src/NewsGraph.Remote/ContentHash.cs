using System.Text;

namespace NewsGraph.Remote;

/// <summary>
/// A fingerprint of a set of N-Triples lines that does not depend on their order: the sum of a
/// 64-bit hash of each line. It tells a rerun whether a graph is still what was pushed, without
/// keeping the graph.
/// </summary>
internal struct ContentHash
{
    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public ulong Value { get; private set; }

    public void Add(StringBuilder line)
    {
        var h = FnvOffset;
        foreach (var chunk in line.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                h = (h ^ c) * FnvPrime;
            }
        }

        Value += Mix(h);
    }

    public readonly string ToHex() => Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    // FNV's low bits are weak; summing unmixed values would let similar lines cancel out (splitmix64's finaliser).
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
