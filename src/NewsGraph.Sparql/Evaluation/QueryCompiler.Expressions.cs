using System.Runtime.CompilerServices;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Functions;
using NewsGraph.Sparql.Evaluation.Operators;
using NewsGraph.Sparql.Evaluation.Values;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>Expressions compiled to delegates from a solution to a term (null for an error or unbound).</summary>
internal sealed partial class QueryCompiler
{
    private readonly ConditionalWeakTable<int[], Dictionary<string, BlankNode>> _blankNodesBySolution = [];

    public Func<int[], Term?> CompileExpression(Expression e, GraphScope scope)
    {
        switch (e)
        {
            case ConstantExpression c:
                var constant = c.Value;
                return _ => constant;
            case VariableExpression v:
                var slot = slots[v.Variable];
                return s => s[slot] == TermIds.None ? null : context.Decode(s[slot]);
            case ExistsExpression exists:
                var op = Compile(exists.Pattern, scope);
                return s => TermValues.Boolean(op.Run(s).Any());
            case IriCallExpression call:
                return CompileIriCall(call, scope);
            case CallExpression call:
                return CompileCall(call, scope);
            case AggregateExpression:
                throw new InvalidOperationException("aggregates are replaced by variables during translation");
            default:
                throw new NotSupportedException(e.GetType().Name);
        }
    }

    private Func<int[], Term?> CompileCall(CallExpression call, GraphScope scope)
    {
        var args = call.Arguments.Select(a => CompileExpression(a, scope)).ToArray();
        switch (call.Function)
        {
            case Function.And:
                return s =>
                {
                    var a = TermValues.EffectiveBooleanValue(args[0](s));
                    if (a == false)
                    {
                        return TermValues.False;
                    }

                    var b = TermValues.EffectiveBooleanValue(args[1](s));
                    return b == false ? TermValues.False : a == true && b == true ? TermValues.True : null;
                };
            case Function.Or:
                return s =>
                {
                    var a = TermValues.EffectiveBooleanValue(args[0](s));
                    if (a == true)
                    {
                        return TermValues.True;
                    }

                    var b = TermValues.EffectiveBooleanValue(args[1](s));
                    return b == true ? TermValues.True : a == false && b == false ? TermValues.False : null;
                };
            case Function.Bound:
                var boundSlot = slots[((VariableExpression)call.Arguments[0]).Variable];
                return s => TermValues.Boolean(s[boundSlot] != TermIds.None);
            case Function.If:
                return s => TermValues.EffectiveBooleanValue(args[0](s)) switch
                {
                    true => args[1](s),
                    false => args[2](s),
                    null => null,
                };
            case Function.Coalesce:
                return s =>
                {
                    foreach (var a in args)
                    {
                        if (a(s) is { } t)
                        {
                            return t;
                        }
                    }

                    return null;
                };
            case Function.In or Function.NotIn:
                var negate = call.Function == Function.NotIn;
                return s =>
                {
                    var left = args[0](s);
                    if (left is null)
                    {
                        return null;
                    }

                    var error = false;
                    for (var i = 1; i < args.Length; i++)
                    {
                        var right = args[i](s);
                        var eq = right is null ? null : TermValues.ValueEquals(left, right);
                        if (eq == true)
                        {
                            return TermValues.Boolean(!negate);
                        }

                        error |= eq is null;
                    }

                    return error ? null : TermValues.Boolean(negate);
                };
            case Function.BNode:
                return args.Length == 0 ? _ => BlankNode.Fresh() : s => BlankNodeFor(s, args[0](s));
            case Function.Iri:
                return s => args[0](s) switch
                {
                    Iri iri => iri,
                    Literal { IsSimple: true } l => new Iri(IriReference.Resolve(baseIri, l.Lexical)),
                    _ => null,
                };
            case Function.Rand or Function.Uuid or Function.StrUuid or Function.Now:
                return _ => BuiltInFunctions.Call(call.Function, [], context.Clock);
        }

        var function = call.Function;
        var clock = context.Clock;
        return s =>
        {
            var values = new Term[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                var v = args[i](s);
                if (v is null)
                {
                    return null;
                }

                values[i] = v;
            }

            return BuiltInFunctions.Call(function, values, clock);
        };
    }

    private void ShareRowState(int[] from, int[] to)
    {
        if (_blankNodesBySolution.TryGetValue(from, out var map))
        {
            _blankNodesBySolution.AddOrUpdate(to, map);
        }
    }

    /// <summary>BNODE(str): the same string gives the same blank node within one solution.</summary>
    private BlankNode? BlankNodeFor(int[] solution, Term? label)
    {
        if (label is not Literal { IsSimple: true } l)
        {
            return null;
        }

        var map = _blankNodesBySolution.GetOrCreateValue(solution);
        if (!map.TryGetValue(l.Lexical, out var node))
        {
            node = BlankNode.Fresh();
            map[l.Lexical] = node;
        }

        return node;
    }

    private Func<int[], Term?> CompileIriCall(IriCallExpression call, GraphScope scope)
    {
        var args = call.Arguments.Select(a => CompileExpression(a, scope)).ToArray();
        var target = call.Function;
        if (args.Length == 1 && Casts.IsCastTarget(target))
        {
            return s => args[0](s) is { } v ? Casts.Cast(v, target) : null;
        }

        // Unknown extension functions are an error for every solution (§17.6).
        return _ => null;
    }
}
