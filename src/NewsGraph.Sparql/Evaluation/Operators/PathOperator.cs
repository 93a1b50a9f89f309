using System.Text;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>
/// A property path between two positions (§18.4 ALP semantics): sequences and alternatives keep
/// duplicates, while *, + and ? paths give each pair of nodes once.
/// </summary>
internal sealed class PathOperator : Operator
{
    private readonly QueryContext _context;
    private readonly PatternPosition _subject;
    private readonly PropertyPath _path;
    private readonly PatternPosition _object;
    private readonly GraphScope _graph;
    private readonly int[] _slots;

    public PathOperator(QueryContext context, PatternPosition subject, PropertyPath path, PatternPosition obj, GraphScope graph)
    {
        _context = context;
        _subject = subject;
        _path = path;
        _object = obj;
        _graph = graph;
        var slots = new List<int>();
        if (subject.IsVariable)
        {
            slots.Add(subject.Slot);
        }

        if (obj.IsVariable)
        {
            slots.Add(obj.Slot);
        }

        if (graph is GraphScope.VariableScope v)
        {
            slots.Add(v.Slot);
        }

        _slots = [.. slots.Distinct()];
    }

    public override bool AcceptsSubstitution => true;

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        foreach (var (graphs, graphId) in Graphs(seed))
        {
            var start = Value(_subject, seed);
            var end = Value(_object, seed);
            // A variable's value (substituted from a join) reaches a zero-length path only if it is a
            // node of the graph, as when the variable is matched against the graph's nodes; constants always do.
            var anchored = new HashSet<int>();
            if (!_subject.IsVariable)
            {
                anchored.Add(start);
            }

            if (!_object.IsVariable)
            {
                anchored.Add(end);
            }

            var evaluator = new PathEvaluator(_context, graphs, anchored);
            foreach (var (a, b) in evaluator.Eval(_path, start, end))
            {
                _context.Tick();
                var r = Solution.Copy(seed);
                if (!Bind(r, _subject, a) || !Bind(r, _object, b))
                {
                    continue;
                }

                if (_graph is GraphScope.VariableScope v)
                {
                    r[v.Slot] = graphId;
                }

                yield return r;
            }
        }
    }

    /// <summary>The graphs to evaluate in: the default graph's parts, or each visible named graph in turn.</summary>
    private IEnumerable<(int[] Graphs, int GraphId)> Graphs(int[] seed)
    {
        switch (_graph)
        {
            case GraphScope.DefaultScope:
                yield return (_context.Dataset.DefaultGraphs ?? [TermIds.None], TermIds.None);
                break;
            case GraphScope.NamedScope n:
                if (n.GraphId != TermIds.None && (_context.Dataset.NamedGraphs?.Contains(n.GraphId) ?? true))
                {
                    yield return ([n.GraphId], n.GraphId);
                }

                break;
            case GraphScope.VariableScope v:
                var visible = _context.Dataset.NamedGraphs ?? _context.Store.NamedGraphs().ToHashSet();
                IEnumerable<int> graphs = seed[v.Slot] != TermIds.None ? [seed[v.Slot]] : visible.ToList();
                foreach (var g in graphs)
                {
                    if (visible.Contains(g))
                    {
                        yield return ([g], g);
                    }
                }

                break;
        }
    }

    private static int Value(PatternPosition p, int[] seed) => p.IsVariable ? seed[p.Slot] : p.Constant;

    private static bool Bind(int[] r, PatternPosition p, int value)
    {
        if (!p.IsVariable)
        {
            return true;
        }

        if (r[p.Slot] == TermIds.None)
        {
            r[p.Slot] = value;
            return true;
        }

        return r[p.Slot] == value;
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots) =>
        Line(sb, depth).Append("path ").Append(_subject.Describe(_context, slots)).Append(' ').Append(_path).Append(' ').Append(_object.Describe(_context, slots)).Append('\n');
}

/// <summary>Evaluates a path over one set of graphs (merged), from a start and/or to an end node (0 = any).</summary>
internal sealed class PathEvaluator(QueryContext context, int[] graphs, HashSet<int> anchored)
{
    private List<int>? _nodes;

    public IEnumerable<(int, int)> Eval(PropertyPath path, int start, int end)
    {
        switch (path)
        {
            case LinkPath link:
                return Link(context.Store.Lookup(link.Predicate), start, end);
            case InversePath inverse:
                return Eval(inverse.Path, end, start).Select(p => (p.Item2, p.Item1));
            case SequencePath seq:
                return Sequence(seq, start, end);
            case AlternativePath alt:
                return Eval(alt.First, start, end).Concat(Eval(alt.Second, start, end));
            case ZeroOrOnePath zeroOrOne:
                return ZeroOrOne(zeroOrOne.Path, start, end);
            case ZeroOrMorePath zeroOrMore:
                return Closure(zeroOrMore.Path, start, end, includeZero: true);
            case OneOrMorePath oneOrMore:
                return Closure(oneOrMore.Path, start, end, includeZero: false);
            case NegatedPropertySet negated:
                return Negated(negated, start, end);
            default:
                throw new NotSupportedException(path.GetType().Name);
        }
    }

    private IEnumerable<(int, int)> Link(int predicate, int start, int end)
    {
        if (predicate == TermIds.None || start < 0 || end < 0)
        {
            yield break;
        }

        HashSet<(int, int)>? seen = graphs.Length > 1 ? [] : null;
        foreach (var g in graphs)
        {
            foreach (var q in context.Store.Match(start, predicate, end, g))
            {
                if (seen is null || seen.Add((q.S, q.O)))
                {
                    yield return (q.S, q.O);
                }
            }
        }
    }

    private IEnumerable<(int, int)> Sequence(SequencePath seq, int start, int end)
    {
        if (start != TermIds.None || end == TermIds.None)
        {
            foreach (var (a, m) in Eval(seq.First, start, TermIds.None))
            {
                foreach (var (_, b) in Eval(seq.Second, m, end))
                {
                    yield return (a, b);
                }
            }
        }
        else
        {
            foreach (var (m, b) in Eval(seq.Second, TermIds.None, end))
            {
                foreach (var (a, _) in Eval(seq.First, TermIds.None, m))
                {
                    yield return (a, b);
                }
            }
        }
    }

    private IEnumerable<(int, int)> ZeroOrOne(PropertyPath inner, int start, int end)
    {
        var result = new HashSet<(int, int)>();
        foreach (var pair in ZeroLength(start, end))
        {
            result.Add(pair);
        }

        foreach (var pair in Eval(inner, start, end))
        {
            result.Add(pair);
        }

        return result;
    }

    /// <summary>The zero-length pairs (n, n): the bound node itself, or every node of the graph.</summary>
    private IEnumerable<(int, int)> ZeroLength(int start, int end)
    {
        if (start != TermIds.None)
        {
            if ((end == TermIds.None || end == start) && IsZeroLengthNode(start))
            {
                yield return (start, start);
            }
        }
        else if (end != TermIds.None)
        {
            if (IsZeroLengthNode(end))
            {
                yield return (end, end);
            }
        }
        else
        {
            foreach (var n in Nodes())
            {
                yield return (n, n);
            }
        }
    }

    private IEnumerable<(int, int)> Closure(PropertyPath inner, int start, int end, bool includeZero)
    {
        if (start != TermIds.None)
        {
            foreach (var n in Reach(inner, start, forward: true, includeZero && IsZeroLengthNode(start)))
            {
                if (end == TermIds.None || n == end)
                {
                    yield return (start, n);
                }
            }
        }
        else if (end != TermIds.None)
        {
            foreach (var n in Reach(inner, end, forward: false, includeZero && IsZeroLengthNode(end)))
            {
                yield return (n, end);
            }
        }
        else
        {
            foreach (var s in Nodes())
            {
                foreach (var n in Reach(inner, s, forward: true, includeZero))
                {
                    yield return (s, n);
                }
            }
        }
    }

    /// <summary>The nodes reachable from <paramref name="origin"/> by one or more steps (and the origin itself if zero steps count).</summary>
    private List<int> Reach(PropertyPath inner, int origin, bool forward, bool includeZero)
    {
        var visited = new HashSet<int>();
        var result = new List<int>();
        if (includeZero)
        {
            visited.Add(origin);
            result.Add(origin);
        }

        var frontier = new Queue<int>();
        frontier.Enqueue(origin);
        var expanded = new HashSet<int> { origin };
        while (frontier.Count > 0)
        {
            var node = frontier.Dequeue();
            var steps = forward ? Eval(inner, node, TermIds.None).Select(p => p.Item2) : Eval(inner, TermIds.None, node).Select(p => p.Item1);
            foreach (var next in steps)
            {
                context.Tick();
                if (visited.Add(next))
                {
                    result.Add(next);
                }

                if (expanded.Add(next))
                {
                    frontier.Enqueue(next);
                }
            }
        }

        return result;
    }

    private IEnumerable<(int, int)> Negated(NegatedPropertySet set, int start, int end)
    {
        if (start < 0 || end < 0)
        {
            yield break;
        }

        var forward = set.Forward.Select(context.Store.Lookup).ToHashSet();
        var inverse = set.Inverse.Select(context.Store.Lookup).ToHashSet();
        if (set.Forward.Count > 0 || set.Inverse.Count == 0)
        {
            foreach (var g in graphs)
            {
                foreach (var q in context.Store.Match(start, TermIds.None, end, g))
                {
                    if (!forward.Contains(q.P))
                    {
                        yield return (q.S, q.O);
                    }
                }
            }
        }

        if (set.Inverse.Count > 0)
        {
            foreach (var g in graphs)
            {
                foreach (var q in context.Store.Match(end, TermIds.None, start, g))
                {
                    if (!inverse.Contains(q.P))
                    {
                        yield return (q.O, q.S);
                    }
                }
            }
        }
    }

    private bool IsZeroLengthNode(int node) =>
        anchored.Contains(node) || (node > 0 && graphs.Any(g => context.Store.CountMatches(node, 0, 0, g) > 0 || context.Store.CountMatches(0, 0, node, g) > 0));

    /// <summary>Every subject and object of the graphs: the domain of zero-length paths.</summary>
    private List<int> Nodes()
    {
        if (_nodes is null)
        {
            var set = new HashSet<int>();
            foreach (var g in graphs)
            {
                foreach (var q in context.Store.Match(TermIds.None, TermIds.None, TermIds.None, g))
                {
                    set.Add(q.S);
                    set.Add(q.O);
                }
            }

            _nodes = [.. set];
        }

        return _nodes;
    }
}
