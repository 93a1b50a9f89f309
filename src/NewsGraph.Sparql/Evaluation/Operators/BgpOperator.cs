using System.Text;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>
/// A basic graph pattern, evaluated as a pipeline of index lookups (index nested-loop join). The
/// order of the patterns is chosen per set of already-bound variables from the store's exact
/// counts: most selective first, and never a pattern disconnected from the bound ones while a
/// connected one remains.
/// </summary>
internal sealed class BgpOperator : Operator
{
    private readonly QueryContext _context;
    private readonly PatternPosition[][] _patterns;
    private readonly GraphScope _graph;
    private readonly int[] _slots;
    private readonly BgpFilter[] _filters;
    private readonly Dictionary<ulong, Plan> _plans = [];

    /// <param name="filters">Conditions on the pattern's own variables, each tested as soon as its variables are bound.</param>
    public BgpOperator(QueryContext context, PatternPosition[][] patterns, GraphScope graph, BgpFilter[] filters)
    {
        _context = context;
        _patterns = patterns;
        _graph = graph;
        _filters = filters;
        var slots = patterns.SelectMany(p => p).Where(p => p.IsVariable).Select(p => p.Slot).ToHashSet();
        if (graph is GraphScope.VariableScope v)
        {
            slots.Add(v.Slot);
        }

        _slots = [.. slots];
    }

    public override bool AcceptsSubstitution => true;

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        if (_patterns.Length == 0)
        {
            if (_graph is GraphScope.VariableScope gv && seed[gv.Slot] == TermIds.None)
            {
                return NamedGraphs().Select(g =>
                {
                    var r = Solution.Copy(seed);
                    r[gv.Slot] = g;
                    return r;
                });
            }

            if (_graph is GraphScope.NamedScope named)
            {
                // GRAPH <g> {} matches once if the dataset has the graph, never otherwise.
                var exists = named.GraphId != TermIds.None && NamedGraphs().Contains(named.GraphId);
                return exists ? [seed] : [];
            }

            return [seed];
        }

        var plan = PlanFor(seed);
        foreach (var f in plan.FiltersAt[0])
        {
            if (!_filters[f].Test(seed))
            {
                return [];
            }
        }

        return Extend(seed, plan, 0);
    }

    /// <summary>A join order and, for each step, the filters that become testable once it is done (index 0: before the first).</summary>
    private sealed record Plan(int[] Order, int[][] FiltersAt);

    private IEnumerable<int> NamedGraphs() => _context.Dataset.NamedGraphs ?? _context.Store.NamedGraphs();

    /// <summary>
    /// The nested-loop join over the patterns in plan order, kept as an explicit stack of open
    /// scans rather than nested iterators, so a solution does not climb through one iterator per level.
    /// </summary>
    private IEnumerable<int[]> Extend(int[] seed, Plan plan, int first)
    {
        var depth = plan.Order.Length;
        var scans = new IEnumerator<int[]>[depth];
        scans[first] = Match(_patterns[plan.Order[first]], seed).GetEnumerator();
        var level = first;
        try
        {
            while (level >= first)
            {
                var scan = scans[level];
                if (!scan.MoveNext())
                {
                    scan.Dispose();
                    level--;
                    continue;
                }

                var next = scan.Current;
                if (!Passes(plan.FiltersAt[level + 1], next))
                {
                    continue;
                }

                if (level == depth - 1)
                {
                    yield return next;
                    continue;
                }

                level++;
                scans[level] = Match(_patterns[plan.Order[level]], next).GetEnumerator();
            }
        }
        finally
        {
            for (var i = first; i <= level && i < depth; i++)
            {
                scans[i]?.Dispose();
            }
        }
    }

    private bool Passes(int[] filters, int[] solution)
    {
        foreach (var f in filters)
        {
            if (!_filters[f].Test(solution))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The solutions extending <paramref name="solution"/> with one triple pattern.</summary>
    private IEnumerable<int[]> Match(PatternPosition[] pattern, int[] solution)
    {
        var s = pattern[0].Resolve(solution);
        var p = pattern[1].Resolve(solution);
        var o = pattern[2].Resolve(solution);
        if (s < 0 || p < 0 || o < 0)
        {
            // A constant or a bound value the store has never seen matches nothing.
            yield break;
        }

        switch (_graph)
        {
            case GraphScope.DefaultScope:
                var graphs = _context.Dataset.DefaultGraphs;
                if (graphs is { Length: 1 })
                {
                    foreach (var q in _context.Store.Match(s, p, o, graphs[0]))
                    {
                        if (Bind(pattern, solution, q, -1) is { } r)
                        {
                            yield return r;
                        }
                    }
                }
                else
                {
                    // The default graph is a merge of graphs: a triple in several counts once.
                    var seen = new HashSet<(int, int, int)>();
                    foreach (var g in graphs ?? [TermIds.None])
                    {
                        foreach (var q in _context.Store.Match(s, p, o, g))
                        {
                            if (seen.Add((q.S, q.P, q.O)) && Bind(pattern, solution, q, -1) is { } r)
                            {
                                yield return r;
                            }
                        }
                    }
                }

                break;
            case GraphScope.NamedScope named:
                if (named.GraphId != TermIds.None && IsVisibleNamedGraph(named.GraphId))
                {
                    foreach (var q in _context.Store.Match(s, p, o, named.GraphId))
                    {
                        if (Bind(pattern, solution, q, -1) is { } r)
                        {
                            yield return r;
                        }
                    }
                }

                break;
            case GraphScope.VariableScope variable:
                var bound = solution[variable.Slot];
                if (bound != TermIds.None)
                {
                    if (bound > 0 && bound != TermIds.DefaultGraph && IsVisibleNamedGraph(bound))
                    {
                        foreach (var q in _context.Store.Match(s, p, o, bound))
                        {
                            if (Bind(pattern, solution, q, -1) is { } r)
                            {
                                yield return r;
                            }
                        }
                    }
                }
                else if (_context.Dataset.NamedGraphs is { } allowed)
                {
                    foreach (var g in allowed)
                    {
                        foreach (var q in _context.Store.Match(s, p, o, g))
                        {
                            if (Bind(pattern, solution, q, variable.Slot) is { } r)
                            {
                                yield return r;
                            }
                        }
                    }
                }
                else
                {
                    foreach (var q in _context.Store.Match(s, p, o, TermIds.AnyNamedGraph))
                    {
                        if (Bind(pattern, solution, q, variable.Slot) is { } r)
                        {
                            yield return r;
                        }
                    }
                }

                break;
        }
    }

    private bool IsVisibleNamedGraph(int g) => _context.Dataset.NamedGraphs?.Contains(g) ?? true;

    /// <summary>The solution extended with a matched quad, or null if a repeated variable disagrees.</summary>
    private int[]? Bind(PatternPosition[] pattern, int[] solution, EncodedQuad q, int graphSlot)
    {
        _context.Tick();
        int[]? r = null;
        if (!BindOne(pattern[0], q.S, solution, ref r) || !BindOne(pattern[1], q.P, solution, ref r) || !BindOne(pattern[2], q.O, solution, ref r))
        {
            return null;
        }

        if (graphSlot >= 0)
        {
            r ??= Solution.Copy(solution);
            if (r[graphSlot] != TermIds.None && r[graphSlot] != q.G)
            {
                return null;
            }

            r[graphSlot] = q.G;
        }

        return r ?? Solution.Copy(solution);
    }

    private static bool BindOne(PatternPosition position, int value, int[] solution, ref int[]? result)
    {
        if (!position.IsVariable)
        {
            return true;
        }

        var current = (result ?? solution)[position.Slot];
        if (current == TermIds.None)
        {
            result ??= Solution.Copy(solution);
            result[position.Slot] = value;
            return true;
        }

        return current == value;
    }

    private Plan PlanFor(int[] seed)
    {
        var key = BoundKey(seed);
        lock (_plans)
        {
            if (_plans.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var bound = new HashSet<int>(_slots.Where(s => seed[s] != TermIds.None));
        var remaining = Enumerable.Range(0, _patterns.Length).ToList();
        var order = new List<int>();
        while (remaining.Count > 0)
        {
            var best = remaining.MinBy(i => Cost(_patterns[i], bound, seed));
            order.Add(best);
            remaining.Remove(best);
            foreach (var position in _patterns[best])
            {
                if (position.IsVariable)
                {
                    bound.Add(position.Slot);
                }
            }
        }

        // Each filter is tested right after the step that binds the last of its variables.
        var filtersAt = new List<int>[order.Count + 1];
        for (var i = 0; i <= order.Count; i++)
        {
            filtersAt[i] = [];
        }

        var boundNow = new HashSet<int>(_slots.Where(s => seed[s] != TermIds.None));
        var placed = new bool[_filters.Length];
        for (var step = 0; step <= order.Count; step++)
        {
            if (step > 0)
            {
                foreach (var position in _patterns[order[step - 1]])
                {
                    if (position.IsVariable)
                    {
                        boundNow.Add(position.Slot);
                    }
                }
            }

            for (var f = 0; f < _filters.Length; f++)
            {
                if (!placed[f] && (step == order.Count || _filters[f].Slots.All(boundNow.Contains)))
                {
                    placed[f] = true;
                    filtersAt[step].Add(f);
                }
            }
        }

        var result = new Plan([.. order], filtersAt.Select(l => l.ToArray()).ToArray());
        lock (_plans)
        {
            _plans[key] = result;
        }

        return result;
    }

    /// <summary>Which of the pattern's variables the seed binds, as a bit set (patterns with more than 64 variables share plans past the 64th).</summary>
    private ulong BoundKey(int[] seed)
    {
        var key = 0UL;
        for (var i = 0; i < _slots.Length && i < 64; i++)
        {
            if (seed[_slots[i]] != TermIds.None)
            {
                key |= 1UL << i;
            }
        }

        return key;
    }

    /// <summary>
    /// Estimated matches: the exact count for the pattern's constants, scaled down for positions
    /// bound by earlier patterns, and heavily penalised if nothing links it to what is bound.
    /// </summary>
    private double Cost(PatternPosition[] pattern, HashSet<int> bound, int[] seed)
    {
        var ids = new int[3];
        var connected = false;
        var boundVariables = 0;
        for (var k = 0; k < 3; k++)
        {
            var position = pattern[k];
            if (!position.IsVariable)
            {
                ids[k] = position.Constant;
                if (ids[k] < 0)
                {
                    return 0;
                }
            }
            else if (bound.Contains(position.Slot))
            {
                connected = true;
                boundVariables |= 1 << k;
                var value = seed[position.Slot];
                ids[k] = value > 0 ? value : 0;
                if (value != 0)
                {
                    boundVariables &= ~(1 << k);
                }
            }
        }

        var graph = _graph switch
        {
            GraphScope.NamedScope n => n.GraphId,
            GraphScope.DefaultScope when _context.Dataset.DefaultGraphs is { Length: 1 } d => d[0],
            _ => TermIds.None,
        };
        double estimate = _context.Store.CountMatches(ids[0], ids[1], ids[2], graph);
        if ((boundVariables & 1) != 0)
        {
            estimate = 1 + (estimate / 1000);
        }

        if ((boundVariables & 4) != 0)
        {
            estimate = 1 + (estimate / 100);
        }

        if ((boundVariables & 2) != 0)
        {
            estimate = 1 + (estimate / 10);
        }

        if (bound.Count > 0 && !connected && pattern.Any(p => p.IsVariable))
        {
            estimate = (estimate + 1) * 1e6;
        }

        return estimate;
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("bgp").Append(_graph is GraphScope.DefaultScope ? string.Empty : $" in {_graph}").Append('\n');
        foreach (var p in _patterns)
        {
            Line(sb, depth + 1).AppendJoin(' ', p.Select(x => x.Describe(_context, slots))).Append('\n');
        }

        foreach (var f in _filters)
        {
            Line(sb, depth + 1).Append("filter as soon as bound: ").Append(f.Description).Append('\n');
        }
    }
}

/// <summary>One position of a compiled triple pattern: a variable slot or a constant id (negative if the store lacks the term).</summary>
internal readonly record struct PatternPosition(bool IsVariable, int Slot, int Constant, Term? Term = null)
{
    public static PatternPosition Variable(int slot) => new(true, slot, 0);

    public static PatternPosition Of(int id, Term term) => new(false, -1, id == TermIds.None ? -1 : id, term);

    /// <summary>The id to look up (0 for an unbound variable, negative when nothing can match).</summary>
    public int Resolve(int[] solution) => IsVariable ? Math.Max(solution[Slot], solution[Slot] < 0 ? -1 : 0) : Constant;

    public string Describe(QueryContext context, VariableSlots slots) =>
        IsVariable ? slots.NameOf(Slot).ToString() : Term?.ToString() ?? context.Decode(Constant).ToString();
}

/// <summary>A filter condition inside a BGP, with the slots it reads.</summary>
internal sealed record BgpFilter(Func<int[], bool> Test, int[] Slots, string Description);
