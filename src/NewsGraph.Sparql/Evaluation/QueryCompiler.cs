using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Operators;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>
/// Turns (optimised) algebra into a tree of operators bound to one execution context: variables
/// become slots, constants become store ids, and expressions become delegates.
/// </summary>
internal sealed partial class QueryCompiler(QueryContext context, VariableSlots slots, string? baseIri)
{
    /// <summary>Optimises a pattern and compiles it for the default graph: what every query and update runs.</summary>
    public static (Operator Root, VariableSlots Slots, GraphPattern Optimized) Plan(QueryContext context, GraphPattern pattern, string? baseIri)
    {
        var slots = new VariableSlots();
        var optimized = Optimizer.QueryOptimizer.Optimize(pattern);
        return (new QueryCompiler(context, slots, baseIri).Compile(optimized, GraphScope.Default), slots, optimized);
    }

    public Operator Compile(GraphPattern pattern, GraphScope scope) => pattern switch
    {
        BgpPattern bgp => CompileBgp(bgp, scope),
        PathPattern path => new PathOperator(context, PathPosition(path.Subject), path.Path, PathPosition(path.Object), scope),
        JoinPattern join => CompileJoin(join, scope),
        LeftJoinPattern lj => new LeftJoinOperator(
            Compile(lj.Left, scope),
            Compile(lj.Right, scope),
            lj.Filter is null ? null : Condition(lj.Filter, scope),
            context),
        FilterPattern f => CompileFilter(f, scope),
        UnionPattern u => new UnionOperator(Compile(u.Left, scope), Compile(u.Right, scope)),
        MinusPattern m => new MinusOperator(Compile(m.Left, scope), Compile(m.Right, scope), Carried(scope)),
        GraphGraphPattern g => CompileGraph(g),
        ExtendPattern e => CompileExtend(e, scope),
        ValuesPattern v => new ValuesOperator(
            v.Variables.Select(x => slots[x]).ToArray(),
            v.Rows.Select(r => r.Select(t => t is null ? TermIds.None : context.Encode(t)).ToArray()).ToArray()),
        GroupPattern g => CompileGroup(g, scope),
        OrderByPattern o => CompileOrderBy(o, scope),
        ProjectPattern p => new ProjectOperator(Compile(p.Inner, scope), p.Variables.Select(x => slots[x]).ToArray(), Carried(scope)),
        DistinctPattern d => new DistinctOperator(Compile(d.Inner, scope), reduced: false),
        ReducedPattern r => new DistinctOperator(Compile(r.Inner, scope), reduced: true),
        SlicePattern s => new SliceOperator(Compile(s.Inner, scope), s.Offset, s.Limit),
        ServicePattern s => CompileService(s),
        _ => throw new NotSupportedException(pattern.GetType().Name),
    };

    private Operator CompileService(ServicePattern s)
    {
        if (context.Service is { } call && s.Endpoint.Term is Iri endpoint)
        {
            var variables = Syntax.SparqlParser.InScope(s.Inner).Where(v => !v.IsHidden).ToDictionary(v => v.Name, v => slots[v]);
            return new ServiceOperator(context, call, endpoint, s.RemoteQuery, s.Silent, variables);
        }

        if (s.Silent)
        {
            return new ConstantOperator(true, "service (disabled, silent)");
        }

        throw context.Service is null
            ? new NotSupportedException($"SERVICE {s.Endpoint} is not allowed: federated query is disabled")
            : new NotSupportedException($"SERVICE {s.Endpoint}: the endpoint must be an IRI, not a variable");
    }

    private Operator CompileBgp(BgpPattern bgp, GraphScope scope, BgpFilter[]? filters = null)
    {
        if (bgp.Patterns.Count == 0 && scope is GraphScope.DefaultScope)
        {
            return new ConstantOperator(true, "empty pattern");
        }

        var patterns = bgp.Patterns.Select(t => new[] { Position(t.Subject), Position(t.Predicate), Position(t.Object) }).ToArray();
        return new BgpOperator(context, patterns, scope, filters ?? []);
    }

    /// <summary>A filter over a BGP is tested inside it, conjunct by conjunct, as soon as the variables each reads are bound.</summary>
    private Operator CompileFilter(FilterPattern f, GraphScope scope)
    {
        if (f.Inner is BgpPattern { Patterns.Count: > 0 } bgp)
        {
            var bound = Optimizer.PatternRewriter.CertainlyBound(bgp);
            var inside = new List<BgpFilter>();
            var outside = new List<Expression>();
            foreach (var conjunct in Conjuncts(f.Condition))
            {
                var variables = Optimizer.PatternRewriter.Variables(conjunct).ToHashSet();
                if (!Optimizer.PatternRewriter.ContainsExists(conjunct) && variables.IsSubsetOf(bound))
                {
                    inside.Add(new BgpFilter(Condition(conjunct, scope), variables.Select(v => slots[v]).ToArray(), conjunct.ToString()));
                }
                else
                {
                    outside.Add(conjunct);
                }
            }

            var op = CompileBgp(bgp, scope, [.. inside]);
            if (outside.Count == 0)
            {
                return op;
            }

            var rest = outside.Skip(1).Aggregate(outside[0], (a, b) => new CallExpression(Function.And, [a, b]));
            return new FilterOperator(op, Condition(rest, scope), rest.ToString());
        }

        return new FilterOperator(Compile(f.Inner, scope), Condition(f.Condition, scope), f.Condition.ToString());
    }

    private static IEnumerable<Expression> Conjuncts(Expression e) =>
        e is CallExpression { Function: Function.And } and ? Conjuncts(and.Arguments[0]).Concat(Conjuncts(and.Arguments[1])) : [e];

    private PatternPosition Position(PatternTerm term) =>
        term.Variable is { } v ? PatternPosition.Variable(slots[v]) : PatternPosition.Of(context.Store.Lookup(term.Term!), term.Term!);

    /// <summary>Path ends keep terms the store lacks as query-local ids: a zero-length path still reaches them.</summary>
    private PatternPosition PathPosition(PatternTerm term) =>
        term.Variable is { } v ? PatternPosition.Variable(slots[v]) : new PatternPosition(false, -1, context.Encode(term.Term!), term.Term);

    private Operator CompileJoin(JoinPattern join, GraphScope scope)
    {
        var left = Compile(join.Left, scope);
        var right = Compile(join.Right, scope);

        // A bind join needs the substitutable side on the right.
        return !right.AcceptsSubstitution && left.AcceptsSubstitution ? new JoinOperator(right, left, context) : new JoinOperator(left, right, context);
    }

    private Operator CompileGraph(GraphGraphPattern g)
    {
        if (g.Name.Term is { } name)
        {
            return Compile(g.Inner, new GraphScope.NamedScope(context.Store.Lookup(name)));
        }

        // The active graph lives in a hidden register, not in ?g itself: inside the pattern ?g is an
        // ordinary variable (it may be unbound there, or bound to something else), and the register
        // survives sub-selects that do not project ?g.
        var register = slots[new Variable($".graph{_graphRegisters++}")];
        var inner = Compile(g.Inner, new GraphScope.VariableScope(register));
        var evaluated = BindsGraphFirst(g.Inner) ? inner : new GraphIterationOperator(inner, register, context);
        return new GraphVariableOperator(evaluated, register, slots[g.Name.Variable!]);
    }

    private int _graphRegisters;

    /// <summary>The active-graph register of a scope, which operators that restart evaluation must carry along.</summary>
    private static int[] Carried(GraphScope scope) => scope is GraphScope.VariableScope v ? [v.Slot] : [];

    /// <summary>True if evaluating the pattern starts with a triple or path match, which binds the GRAPH variable itself.</summary>
    private static bool BindsGraphFirst(GraphPattern p) => p switch
    {
        BgpPattern bgp => bgp.Patterns.Count > 0,
        PathPattern => true,
        JoinPattern j => BindsGraphFirst(j.Left) && BindsGraphFirst(j.Right),
        LeftJoinPattern lj => BindsGraphFirst(lj.Left),
        FilterPattern f => BindsGraphFirst(f.Inner),
        UnionPattern u => BindsGraphFirst(u.Left) && BindsGraphFirst(u.Right),
        _ => false,
    };

    private Operator CompileExtend(ExtendPattern e, GraphScope scope)
    {
        var value = CompileExpression(e.Expression, scope);
        return new ExtendOperator(Compile(e.Inner, scope), slots[e.Variable], s => value(s) is { } t ? context.Encode(t) : TermIds.None, e.Expression.ToString(), ShareRowState);
    }

    private Operator CompileGroup(GroupPattern g, GraphScope scope)
    {
        var keySlots = g.Keys.Select(k => slots[k.Variable]).ToArray();
        var keys = g.Keys.Select(k =>
        {
            var f = CompileExpression(k.Expression, scope);
            return (Func<int[], int>)(s => f(s) is { } t ? context.Encode(t) : TermIds.None);
        }).ToArray();
        var aggregates = g.Aggregates.Select(a => new CompiledAggregate(
            slots[a.Variable],
            a.Aggregate,
            a.Aggregate.Argument is null ? null : CompileExpression(a.Aggregate.Argument, scope))).ToArray();
        return new GroupOperator(Compile(g.Inner, scope), keySlots, keys, aggregates, Carried(scope), context);
    }

    private Operator CompileOrderBy(OrderByPattern o, GraphScope scope)
    {
        var keys = o.Conditions.Select(c => (Value: CompileExpression(c.Expression, scope), c.Descending)).ToArray();
        int Compare(int[] a, int[] b)
        {
            foreach (var (value, descending) in keys)
            {
                var c = Values.TermValues.OrderCompare(value(a), value(b));
                if (c != 0)
                {
                    return descending ? -c : c;
                }
            }

            return 0;
        }

        return new OrderByOperator(Compile(o.Inner, scope), Compare, string.Join(", ", o.Conditions.Select(c => (c.Descending ? "desc " : string.Empty) + c.Expression)));
    }

    /// <summary>A FILTER condition: true only when the effective boolean value is true (errors are false).</summary>
    public Func<int[], bool> Condition(Expression e, GraphScope scope)
    {
        var f = CompileExpression(e, scope);
        return s => Values.TermValues.EffectiveBooleanValue(f(s)) == true;
    }
}
