using System.Text;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>
/// Join. When the right side accepts substitution it runs once per left solution with that
/// solution as its seed (a bind join, which turns into index lookups); otherwise the right side is
/// computed once and probed through a hash table on the variables both sides always bind.
/// </summary>
internal sealed class JoinOperator(Operator left, Operator right, QueryContext context) : Operator
{
    private readonly int[] _slots = [.. left.Slots.Union(right.Slots)];

    public override bool AcceptsSubstitution => left.AcceptsSubstitution && right.AcceptsSubstitution;

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        if (right.AcceptsSubstitution)
        {
            return left.Run(seed).SelectMany(right.Run);
        }

        return HashJoin(seed);
    }

    private IEnumerable<int[]> HashJoin(int[] seed)
    {
        var table = new SolutionTable(right.Run(seed), left.Slots.Intersect(right.Slots).ToArray());
        foreach (var l in left.Run(seed))
        {
            foreach (var r in table.Compatible(l))
            {
                context.Tick();
                yield return Solution.Merge(l, r);
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append(right.AcceptsSubstitution ? "join (bind)" : "join (hash)").Append('\n');
        left.Explain(sb, depth + 1, slots);
        right.Explain(sb, depth + 1, slots);
    }
}

/// <summary>OPTIONAL (left join) with the OPTIONAL's own filter evaluated on the merged solution.</summary>
internal sealed class LeftJoinOperator(Operator left, Operator right, Func<int[], bool>? filter, QueryContext context) : Operator
{
    private readonly int[] _slots = [.. left.Slots.Union(right.Slots)];

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        if (right.AcceptsSubstitution)
        {
            foreach (var l in left.Run(seed))
            {
                var matched = false;
                foreach (var merged in right.Run(l))
                {
                    if (filter is null || filter(merged))
                    {
                        matched = true;
                        yield return merged;
                    }
                }

                if (!matched)
                {
                    yield return l;
                }
            }

            yield break;
        }

        SolutionTable? table = null;
        foreach (var l in left.Run(seed))
        {
            table ??= new SolutionTable(right.Run(seed), left.Slots.Intersect(right.Slots).ToArray());
            var matched = false;
            foreach (var r in table.Compatible(l))
            {
                context.Tick();
                var merged = Solution.Merge(l, r);
                if (filter is null || filter(merged))
                {
                    matched = true;
                    yield return merged;
                }
            }

            if (!matched)
            {
                yield return l;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append(right.AcceptsSubstitution ? "optional (bind)" : "optional (hash)").Append(filter is null ? string.Empty : " with filter").Append('\n');
        left.Explain(sb, depth + 1, slots);
        right.Explain(sb, depth + 1, slots);
    }
}

/// <summary>MINUS: removes left solutions compatible with some right solution they share a variable with.</summary>
/// <remarks>
/// The active-graph register (<paramref name="carried"/>) must agree between the sides but does not
/// count as a shared variable: GRAPH around MINUS does not change what MINUS removes.
/// </remarks>
internal sealed class MinusOperator(Operator left, Operator right, int[] carried) : Operator
{
    public override IReadOnlyCollection<int> Slots => left.Slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var shared = left.Slots.Intersect(right.Slots).Except(carried).ToArray();
        if (shared.Length == 0)
        {
            // No variable in common: MINUS removes nothing.
            return left.Run(seed);
        }

        return Filter(seed, shared);
    }

    private IEnumerable<int[]> Filter(int[] seed, int[] shared)
    {
        // The right side is evaluated on its own: MINUS does not substitute (§18.5).
        var rightSeed = new int[seed.Length];
        foreach (var c in carried)
        {
            rightSeed[c] = seed[c];
        }

        var table = new SolutionTable(right.Run(rightSeed), shared);
        foreach (var l in left.Run(seed))
        {
            if (!table.Compatible(l).Any(r => ShareBinding(l, r, shared)))
            {
                yield return l;
            }
        }
    }

    private static bool ShareBinding(int[] l, int[] r, int[] shared)
    {
        foreach (var s in shared)
        {
            if (l[s] != TermIds.None && r[s] != TermIds.None)
            {
                return true;
            }
        }

        return false;
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("minus\n");
        left.Explain(sb, depth + 1, slots);
        right.Explain(sb, depth + 1, slots);
    }
}

internal sealed class UnionOperator(Operator left, Operator right) : Operator
{
    private readonly int[] _slots = [.. left.Slots.Union(right.Slots)];

    public override bool AcceptsSubstitution => left.AcceptsSubstitution && right.AcceptsSubstitution;

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed) => left.Run(seed).Concat(right.Run(seed));

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("union\n");
        left.Explain(sb, depth + 1, slots);
        right.Explain(sb, depth + 1, slots);
    }
}

/// <summary>
/// Materialised solutions indexed by the join variables. Solutions that leave a join variable
/// unbound are compatible with any value, so they are kept aside and checked against every probe.
/// </summary>
internal sealed class SolutionTable
{
    private readonly int[] _keys;
    private readonly Dictionary<int[], List<int[]>> _byKey = new(SolutionComparer.Instance);
    private readonly List<int[]> _partial = [];

    public SolutionTable(IEnumerable<int[]> solutions, int[] keys)
    {
        _keys = keys;
        foreach (var s in solutions)
        {
            var key = KeyOf(s);
            if (key is null)
            {
                _partial.Add(s);
                continue;
            }

            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            list.Add(s);
        }
    }

    public IEnumerable<int[]> Compatible(int[] probe)
    {
        var key = KeyOf(probe);
        if (key is not null)
        {
            if (_byKey.TryGetValue(key, out var list))
            {
                foreach (var r in list)
                {
                    if (Solution.Compatible(probe, r))
                    {
                        yield return r;
                    }
                }
            }
        }
        else
        {
            foreach (var list2 in _byKey.Values)
            {
                foreach (var r in list2)
                {
                    if (Solution.Compatible(probe, r))
                    {
                        yield return r;
                    }
                }
            }
        }

        foreach (var r in _partial)
        {
            if (Solution.Compatible(probe, r))
            {
                yield return r;
            }
        }
    }

    private int[]? KeyOf(int[] s)
    {
        var key = new int[_keys.Length];
        for (var i = 0; i < _keys.Length; i++)
        {
            key[i] = s[_keys[i]];
            if (key[i] == TermIds.None)
            {
                return null;
            }
        }

        return key;
    }
}
