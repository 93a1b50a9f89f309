using System.Text;

namespace NewsGraph.Sparql.Algebra;

/// <summary>The algebra as an indented S-expression, in the style of the SPARQL specification's examples.</summary>
public static class AlgebraPrinter
{
    public static string Print(GraphPattern pattern)
    {
        var sb = new StringBuilder();
        Write(sb, pattern, 0);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, GraphPattern p, int depth)
    {
        sb.Append(' ', depth * 2);
        switch (p)
        {
            case BgpPattern bgp:
                sb.Append("(bgp");
                foreach (var t in bgp.Patterns)
                {
                    sb.Append('\n').Append(' ', (depth + 1) * 2).Append("(triple ").Append(t).Append(')');
                }

                sb.Append(')');
                return;
            case PathPattern path:
                sb.Append("(path ").Append(path.Subject).Append(' ').Append(path.Path).Append(' ').Append(path.Object).Append(')');
                return;
            case ValuesPattern v:
                sb.Append("(table (").AppendJoin(' ', v.Variables).Append(") ").Append(v.Rows.Count).Append(" rows)");
                return;
        }

        var (name, detail, children) = p switch
        {
            JoinPattern j => ("join", string.Empty, new[] { j.Left, j.Right }),
            LeftJoinPattern lj => ("leftjoin", lj.Filter?.ToString() ?? string.Empty, [lj.Left, lj.Right]),
            FilterPattern f => ("filter", f.Condition.ToString(), [f.Inner]),
            UnionPattern u => ("union", string.Empty, [u.Left, u.Right]),
            MinusPattern m => ("minus", string.Empty, [m.Left, m.Right]),
            GraphGraphPattern g => ("graph", g.Name.ToString(), [g.Inner]),
            ExtendPattern e => ("extend", $"({e.Variable} {e.Expression})", [e.Inner]),
            GroupPattern g => ("group", $"({string.Join(' ', g.Keys.Select(k => k.Variable))}) ({string.Join(' ', g.Aggregates.Select(a => $"({a.Variable} {a.Aggregate})"))})", [g.Inner]),
            OrderByPattern o => ("order", string.Join(' ', o.Conditions.Select(c => c.Descending ? $"(desc {c.Expression})" : c.Expression.ToString())), [o.Inner]),
            ProjectPattern pr => ("project", $"({string.Join(' ', pr.Variables)})", [pr.Inner]),
            DistinctPattern d => ("distinct", string.Empty, [d.Inner]),
            ReducedPattern r => ("reduced", string.Empty, [r.Inner]),
            SlicePattern s => ("slice", $"{s.Offset} {s.Limit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "_"}", [s.Inner]),
            ServicePattern s => ("service", (s.Silent ? "silent " : string.Empty) + s.Endpoint, [s.Inner]),
            _ => (p.GetType().Name, string.Empty, Array.Empty<GraphPattern>()),
        };
        sb.Append('(').Append(name);
        if (detail.Length > 0)
        {
            sb.Append(' ').Append(detail);
        }

        foreach (var child in children)
        {
            sb.Append('\n');
            Write(sb, child, depth + 1);
        }

        sb.Append(')');
    }
}
