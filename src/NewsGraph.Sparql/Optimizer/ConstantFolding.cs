using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Functions;
using NewsGraph.Sparql.Evaluation.Values;

namespace NewsGraph.Sparql.Optimizer;

/// <summary>
/// Evaluates sub-expressions without variables once, at planning time, and removes filters that
/// are then always true. Functions with a fresh value per call (RAND, NOW, UUID, BNODE) are left alone.
/// </summary>
internal static class ConstantFolding
{
    public static GraphPattern Fold(GraphPattern pattern) => PatternRewriter.Rewrite(pattern, Simplify, FoldExpression);

    private static GraphPattern Simplify(GraphPattern p) =>
        p is FilterPattern { Condition: ConstantExpression c } f && TermValues.EffectiveBooleanValue(c.Value) == true ? f.Inner : p;

    public static Expression FoldExpression(Expression e)
    {
        if (e is not CallExpression call)
        {
            return e;
        }

        var args = call.Arguments.Select(FoldExpression).ToList();
        var folded = call with { Arguments = args };
        if (!args.All(a => a is ConstantExpression) || !IsPure(call.Function))
        {
            return folded;
        }

        var values = args.Select(a => ((ConstantExpression)a).Value).ToArray();
        var result = call.Function switch
        {
            Function.And => Both(values, all: true),
            Function.Or => Both(values, all: false),
            _ => BuiltInFunctions.Call(call.Function, values, new QueryClock()),
        };

        // An error stays an expression: it is evaluated (to an error) per solution as before.
        return result is null ? folded : new ConstantExpression(result);
    }

    private static Term? Both(Term[] values, bool all)
    {
        var a = TermValues.EffectiveBooleanValue(values[0]);
        var b = TermValues.EffectiveBooleanValue(values[1]);
        if (a is null || b is null)
        {
            return null;
        }

        return TermValues.Boolean(all ? a.Value && b.Value : a.Value || b.Value);
    }

    private static bool IsPure(Function f) => f is not (Function.Rand or Function.Now or Function.Uuid or Function.StrUuid or Function.BNode
        or Function.Bound or Function.If or Function.Coalesce or Function.In or Function.NotIn or Function.Iri);
}
