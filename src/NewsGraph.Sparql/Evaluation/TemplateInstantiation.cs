using NewsGraph.Sparql.Algebra;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation;

/// <summary>CONSTRUCT (§16.2): the template instantiated per solution, fresh blank nodes each time, invalid triples left out.</summary>
internal static class TemplateInstantiation
{
    public static IEnumerable<Triple> Construct(IReadOnlyList<TriplePattern> template, IEnumerable<int[]> solutions, VariableSlots slots, QueryContext context)
    {
        var seen = new HashSet<Triple>();
        foreach (var s in solutions)
        {
            var blankNodes = new Dictionary<BlankNode, BlankNode>();
            foreach (var t in template)
            {
                var subject = Instantiate(t.Subject, s, slots, context, blankNodes);
                var predicate = Instantiate(t.Predicate, s, slots, context, blankNodes);
                var obj = Instantiate(t.Object, s, slots, context, blankNodes);
                if (subject is null or Literal || predicate is not Iri p || obj is null)
                {
                    continue;
                }

                var triple = new Triple(subject, p, obj);
                if (seen.Add(triple))
                {
                    yield return triple;
                }
            }
        }
    }

    public static Term? Instantiate(PatternTerm position, int[] solution, VariableSlots slots, QueryContext context, Dictionary<BlankNode, BlankNode> blankNodes)
    {
        if (position.Variable is { } v)
        {
            return slots.TryGet(v, out var slot) && solution[slot] != TermIds.None ? context.Decode(solution[slot]) : null;
        }

        if (position.Term is BlankNode b)
        {
            if (!blankNodes.TryGetValue(b, out var fresh))
            {
                blankNodes[b] = fresh = BlankNode.Fresh();
            }

            return fresh;
        }

        return position.Term;
    }
}

/// <summary>DESCRIBE: the concise bounded description of each resource (its triples, following blank nodes).</summary>
internal static class Describe
{
    public static IEnumerable<Triple> Triples(Query query, IEnumerable<int[]> solutions, VariableSlots slots, QueryContext context)
    {
        var resources = new List<int>();
        var seenResources = new HashSet<int>();
        void AddResource(int id)
        {
            if (id != TermIds.None && seenResources.Add(id))
            {
                resources.Add(id);
            }
        }

        var variableSlots = query.DescribeTargets.Where(t => t.IsVariable).Select(t => slots[t.Variable!]).ToArray();
        foreach (var t in query.DescribeTargets.Where(t => !t.IsVariable))
        {
            AddResource(context.Store.Lookup(t.Term!));
        }

        if (variableSlots.Length > 0)
        {
            foreach (var s in solutions)
            {
                foreach (var slot in variableSlots)
                {
                    AddResource(s[slot]);
                }
            }
        }

        var emitted = new HashSet<EncodedQuad>();
        var graphs = context.Dataset.DefaultGraphs ?? [TermIds.None];
        foreach (var resource in resources)
        {
            var pending = new Stack<int>();
            var visited = new HashSet<int>();
            pending.Push(resource);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                if (node <= 0 || !visited.Add(node))
                {
                    continue;
                }

                foreach (var g in graphs)
                {
                    foreach (var q in context.Store.Match(node, TermIds.None, TermIds.None, g))
                    {
                        var key = q with { G = 0 };
                        if (emitted.Add(key))
                        {
                            yield return new Triple(context.Decode(q.S), (Iri)context.Decode(q.P), context.Decode(q.O));
                        }

                        if (context.Decode(q.O) is BlankNode)
                        {
                            pending.Push(q.O);
                        }
                    }
                }
            }
        }
    }
}
