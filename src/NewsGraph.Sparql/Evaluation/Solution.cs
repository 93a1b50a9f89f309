using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>
/// Solutions are int arrays indexed by variable slot, holding term ids; <see cref="TermIds.None"/>
/// (0) is unbound. These helpers implement compatibility and merge (§18.3).
/// </summary>
internal static class Solution
{
    /// <summary>A copy of a solution (much cheaper than Array.Clone for these small arrays).</summary>
    public static int[] Copy(int[] s) => s.AsSpan().ToArray();

    public static bool Compatible(int[] a, int[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != 0 && b[i] != 0 && a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }

    public static int[] Merge(int[] a, int[] b)
    {
        var r = Solution.Copy(a);
        for (var i = 0; i < r.Length; i++)
        {
            if (r[i] == 0)
            {
                r[i] = b[i];
            }
        }

        return r;
    }
}

/// <summary>Value equality for solutions, for DISTINCT, grouping and hash joins.</summary>
internal sealed class SolutionComparer : IEqualityComparer<int[]>
{
    public static readonly SolutionComparer Instance = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return h.ToHashCode();
    }
}
