using System.Text;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

internal sealed class FilterOperator(Operator inner, Func<int[], bool> condition, string description) : Operator
{
    public override IReadOnlyCollection<int> Slots => inner.Slots;

    public override IEnumerable<int[]> Run(int[] seed) => inner.Run(seed).Where(condition);

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("filter ").Append(description).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>BIND: an error leaves the variable unbound; a value that disagrees with a substituted one drops the solution.</summary>
/// <remarks><paramref name="rowCopied"/> lets per-row state (BNODE's labels) follow the solution into its extended copy.</remarks>
internal sealed class ExtendOperator(Operator inner, int slot, Func<int[], int> value, string description, Action<int[], int[]> rowCopied) : Operator
{
    private readonly int[] _slots = [.. inner.Slots.Append(slot).Distinct()];

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        foreach (var s in inner.Run(seed))
        {
            var v = value(s);
            if (v == TermIds.None)
            {
                yield return s;
            }
            else if (s[slot] == TermIds.None)
            {
                var r = Solution.Copy(s);
                r[slot] = v;
                rowCopied(s, r);
                yield return r;
            }
            else if (s[slot] == v)
            {
                yield return s;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("extend ").Append(slots.NameOf(slot)).Append(" := ").Append(description).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>VALUES: rows of ids (0 for UNDEF), each merged with the seed if compatible.</summary>
internal sealed class ValuesOperator(int[] slots, int[][] rows) : Operator
{
    public override bool AcceptsSubstitution => true;

    public override IReadOnlyCollection<int> Slots => slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        foreach (var row in rows)
        {
            var r = Solution.Copy(seed);
            var ok = true;
            for (var i = 0; i < slots.Length && ok; i++)
            {
                if (row[i] == TermIds.None)
                {
                    continue;
                }

                if (r[slots[i]] == TermIds.None)
                {
                    r[slots[i]] = row[i];
                }
                else
                {
                    ok = r[slots[i]] == row[i];
                }
            }

            if (ok)
            {
                yield return r;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots names) =>
        Line(sb, depth).Append("values (").AppendJoin(' ', slots.Select(s => names.NameOf(s))).Append(") ").Append(rows.Length).Append(" rows\n");
}

/// <summary>SELECT's projection: inner variables not projected are invisible outside, so they are neither seeded nor returned.</summary>
internal sealed class ProjectOperator(Operator inner, int[] slots, int[] carried) : Operator
{
    public override IReadOnlyCollection<int> Slots => slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var innerSeed = new int[seed.Length];
        foreach (var s in slots.Concat(carried))
        {
            innerSeed[s] = seed[s];
        }

        foreach (var r in inner.Run(innerSeed))
        {
            var projected = Solution.Copy(seed);
            var ok = true;
            foreach (var s in slots)
            {
                if (projected[s] == TermIds.None)
                {
                    projected[s] = r[s];
                }
                else if (r[s] != TermIds.None && r[s] != projected[s])
                {
                    ok = false;
                }
            }

            if (ok)
            {
                yield return projected;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots names)
    {
        Line(sb, depth).Append("project (").AppendJoin(' ', slots.Select(s => names.NameOf(s))).Append(")\n");
        inner.Explain(sb, depth + 1, names);
    }
}

internal sealed class DistinctOperator(Operator inner, bool reduced) : Operator
{
    public override IReadOnlyCollection<int> Slots => inner.Slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var seen = new HashSet<int[]>(SolutionComparer.Instance);
        foreach (var s in inner.Run(seed))
        {
            if (seen.Add(s))
            {
                yield return s;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append(reduced ? "reduced\n" : "distinct\n");
        inner.Explain(sb, depth + 1, slots);
    }
}

internal sealed class SliceOperator(Operator inner, long offset, long? limit) : Operator
{
    public override IReadOnlyCollection<int> Slots => inner.Slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var skipped = 0L;
        var taken = 0L;
        if (limit == 0)
        {
            yield break;
        }

        foreach (var s in inner.Run(seed))
        {
            if (skipped < offset)
            {
                skipped++;
                continue;
            }

            yield return s;
            if (limit is { } l && ++taken >= l)
            {
                yield break;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("slice offset ").Append(offset).Append(" limit ").Append(limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none").Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>ORDER BY: sorts all solutions (stable, so ties keep their order).</summary>
internal sealed class OrderByOperator(Operator inner, Comparison<int[]> comparison, string description) : Operator
{
    public override IReadOnlyCollection<int> Slots => inner.Slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var indexed = inner.Run(seed).Select((s, i) => (s, i)).ToArray();
        Array.Sort(indexed, (a, b) =>
        {
            var c = comparison(a.s, b.s);
            return c != 0 ? c : a.i.CompareTo(b.i);
        });
        return indexed.Select(x => x.s);
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("order by ").Append(description).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>The empty pattern (one empty solution) or a pattern that can never match.</summary>
internal sealed class ConstantOperator(bool oneEmptySolution, string description) : Operator
{
    public override bool AcceptsSubstitution => true;

    public override IReadOnlyCollection<int> Slots => [];

    public override IEnumerable<int[]> Run(int[] seed) => oneEmptySolution ? [seed] : [];

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots) => Line(sb, depth).Append(description).Append('\n');
}

/// <summary>GRAPH ?g { P } where P is not a plain pattern: evaluates P once per named graph, with the graph in the register slot.</summary>
internal sealed class GraphIterationOperator(Operator inner, int slot, QueryContext context) : Operator
{
    private readonly int[] _slots = [.. inner.Slots.Append(slot).Distinct()];

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var visible = context.Dataset.NamedGraphs ?? context.Store.NamedGraphs().ToHashSet();
        IEnumerable<int> graphs = seed[slot] != TermIds.None ? [seed[slot]] : visible.ToList();
        foreach (var g in graphs)
        {
            if (!visible.Contains(g))
            {
                continue;
            }

            var s = Solution.Copy(seed);
            s[slot] = g;
            foreach (var r in inner.Run(s))
            {
                yield return r;
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("for each named graph ").Append(slots.NameOf(slot)).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>
/// GRAPH ?g: binds ?g to the graph each solution came from (held in the register slot), or drops
/// the solution if the pattern bound ?g to something else.
/// </summary>
internal sealed class GraphVariableOperator(Operator inner, int register, int variable) : Operator
{
    private readonly int[] _slots = [.. inner.Slots.Where(s => s != register).Append(variable).Distinct()];

    public override bool AcceptsSubstitution => inner.AcceptsSubstitution;

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var innerSeed = Solution.Copy(seed);
        innerSeed[register] = seed[variable];
        foreach (var r in inner.Run(innerSeed))
        {
            var graph = r[register];
            if (graph == TermIds.None || (r[variable] != TermIds.None && r[variable] != graph) || (seed[variable] != TermIds.None && seed[variable] != graph))
            {
                continue;
            }

            var result = Solution.Copy(r);
            result[variable] = graph;
            result[register] = TermIds.None;
            yield return result;
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("graph ").Append(slots.NameOf(variable)).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}
