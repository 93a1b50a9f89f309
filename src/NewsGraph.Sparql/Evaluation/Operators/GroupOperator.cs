using System.Text;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Evaluation.Values;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>One aggregate of a GROUP: its result slot, its kind, and how to evaluate its argument.</summary>
internal sealed record CompiledAggregate(int Slot, Aggregate Aggregate, Func<int[], Term?>? Argument);

/// <summary>GROUP BY with aggregates (§18.5.1): groups by key values; without keys, all solutions form one group.</summary>
internal sealed class GroupOperator(Operator inner, int[] keySlots, Func<int[], int>[] keys, CompiledAggregate[] aggregates, int[] carried, QueryContext context) : Operator
{
    private readonly int[] _slots = [.. keySlots.Concat(aggregates.Select(a => a.Slot)).Distinct()];

    public override IReadOnlyCollection<int> Slots => _slots;

    public override IEnumerable<int[]> Run(int[] seed)
    {
        var width = seed.Length;
        var groups = new Dictionary<int[], List<int[]>>(SolutionComparer.Instance);
        var order = new List<int[]>();
        var innerSeed = new int[width];
        foreach (var c in carried)
        {
            innerSeed[c] = seed[c];
        }

        foreach (var s in inner.Run(innerSeed))
        {
            var key = new int[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                key[i] = keys[i](s);
            }

            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }

            members.Add(s);
        }

        if (keys.Length == 0 && groups.Count == 0)
        {
            groups[[]] = [];
            order.Add([]);
        }

        foreach (var key in order)
        {
            var row = new int[width];
            for (var i = 0; i < keySlots.Length; i++)
            {
                row[keySlots[i]] = key[i];
            }

            foreach (var a in aggregates)
            {
                var value = Aggregates.Compute(a.Aggregate, a.Argument, groups[key]);
                row[a.Slot] = value is null ? TermIds.None : context.Encode(value);
            }

            if (Solution.Compatible(row, seed))
            {
                yield return Solution.Merge(row, seed);
            }
        }
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots)
    {
        Line(sb, depth).Append("group by (").AppendJoin(' ', keySlots.Select(s => slots.NameOf(s))).Append(") ")
            .AppendJoin(", ", aggregates.Select(a => $"{slots.NameOf(a.Slot)} := {a.Aggregate}")).Append('\n');
        inner.Explain(sb, depth + 1, slots);
    }
}

/// <summary>The set functions of §18.5.1.</summary>
internal static class Aggregates
{
    public static Term? Compute(Aggregate aggregate, Func<int[], Term?>? argument, List<int[]> group)
    {
        if (argument is null)
        {
            // COUNT(*) and COUNT(DISTINCT *).
            var n = aggregate.Distinct ? group.Distinct(SolutionComparer.Instance).Count() : group.Count;
            return Literal.Typed(n.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer);
        }

        var values = new List<Term?>(group.Count);
        foreach (var s in group)
        {
            values.Add(argument(s));
        }

        if (aggregate.Distinct)
        {
            values = values.Distinct().ToList();
        }

        switch (aggregate.Kind)
        {
            case AggregateKind.Count:
                return Literal.Typed(values.Count(v => v is not null).ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer);
            case AggregateKind.Sum:
                return Sum(values);
            case AggregateKind.Avg:
                if (values.Count == 0)
                {
                    return Literal.Typed("0", Vocab.Xsd.Integer);
                }

                var sum = Sum(values);
                return sum is null ? null : Functions.BuiltInFunctions.Arithmetic(Function.Divide, sum, Literal.Typed(values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Vocab.Xsd.Integer));
            case AggregateKind.Min:
                return values.Where(v => v is not null).DefaultIfEmpty().Aggregate((a, b) => TermValues.OrderCompare(a, b) <= 0 ? a : b);
            case AggregateKind.Max:
                return values.Where(v => v is not null).DefaultIfEmpty().Aggregate((a, b) => TermValues.OrderCompare(a, b) >= 0 ? a : b);
            case AggregateKind.Sample:
                return values.FirstOrDefault(v => v is not null);
            case AggregateKind.GroupConcat:
                var parts = new List<string>();
                foreach (var v in values)
                {
                    if (v is not Literal l || !TermValues.IsStringLiteral(l))
                    {
                        return null;
                    }

                    parts.Add(l.Lexical);
                }

                var joined = string.Join(aggregate.Separator ?? " ", parts);
                return joined.Length > Functions.BuiltInFunctions.MaxStringLength ? null : Literal.Simple(joined);
            default:
                return null;
        }
    }

    /// <summary>Adds numbers without making a literal per step; any non-number makes the sum an error.</summary>
    private static Term? Sum(List<Term?> values)
    {
        var kind = NumericKind.Integer;
        var exact = 0m;
        var approximate = 0d;
        foreach (var v in values)
        {
            if (v is null || !Numeric.TryParse(v, out var n))
            {
                return null;
            }

            kind = Numeric.Wider(kind, n.Kind);
            if (n.IsApproximate)
            {
                approximate += n.Approximate;
            }
            else
            {
                try
                {
                    exact += n.Exact;
                }
                catch (OverflowException)
                {
                    return null;
                }
            }
        }

        return kind is NumericKind.Float or NumericKind.Double
            ? new Numeric(kind, 0, approximate + (double)exact).As(kind).ToLiteral()
            : new Numeric(kind, exact, 0).ToLiteral();
    }
}
