namespace NewsGraph.Rdf;

/// <summary>
/// Decides whether two RDF datasets (or graphs, as datasets with only the default graph) are
/// isomorphic: equal up to a one-to-one renaming of blank nodes (RDF 1.1 Concepts §3.6).
/// Blank nodes are first told apart by iterated hashing of their neighbourhoods; only nodes that
/// hashing cannot separate are matched by backtracking.
/// </summary>
public static class Isomorphism
{
    public static bool AreIsomorphic(IEnumerable<Quad> first, IEnumerable<Quad> second) =>
        FindBlankNodeMapping(first, second) is not null;

    /// <summary>The renaming of the first dataset's blank nodes onto the second's, or null if there is none.</summary>
    public static IReadOnlyDictionary<BlankNode, BlankNode>? FindBlankNodeMapping(IEnumerable<Quad> first, IEnumerable<Quad> second)
    {
        var a = new HashSet<Quad>(first);
        var b = new HashSet<Quad>(second);
        if (a.Count != b.Count)
        {
            return null;
        }

        var aBlank = a.Where(HasBlank).ToList();
        var bBlank = b.Where(HasBlank).ToList();
        if (aBlank.Count != bBlank.Count)
        {
            return null;
        }

        foreach (var q in a)
        {
            if (!HasBlank(q) && !b.Contains(q))
            {
                return null;
            }
        }

        var aColors = Colour(aBlank);
        var bColors = Colour(bBlank);
        if (aColors.Count != bColors.Count)
        {
            return null;
        }

        var bByColour = bColors.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        var aByColour = aColors.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.Select(kv => kv.Key).ToList());
        foreach (var (colour, nodes) in aByColour)
        {
            if (!bByColour.TryGetValue(colour, out var others) || others.Count != nodes.Count)
            {
                return null;
            }
        }

        // Match the nodes in the smallest colour classes first: most are singletons and force the rest.
        var order = aColors.Keys.OrderBy(n => aByColour[aColors[n]].Count).ThenBy(n => n.Label, StringComparer.Ordinal).ToList();
        var quadsByNode = new Dictionary<BlankNode, List<Quad>>();
        foreach (var q in aBlank)
        {
            foreach (var t in Terms(q))
            {
                if (t is BlankNode bn)
                {
                    if (!quadsByNode.TryGetValue(bn, out var list))
                    {
                        quadsByNode[bn] = list = [];
                    }

                    list.Add(q);
                }
            }
        }

        var mapping = new Dictionary<BlankNode, BlankNode>();
        var used = new HashSet<BlankNode>();
        return Match(0) ? mapping : null;

        bool Match(int index)
        {
            if (index == order.Count)
            {
                return true;
            }

            var node = order[index];
            foreach (var candidate in bByColour[aColors[node]])
            {
                if (used.Contains(candidate))
                {
                    continue;
                }

                mapping[node] = candidate;
                used.Add(candidate);
                if (Consistent(node) && Match(index + 1))
                {
                    return true;
                }

                mapping.Remove(node);
                used.Remove(candidate);
            }

            return false;
        }

        // Every quad of the node whose blank nodes are all mapped must map onto a quad of the second dataset.
        bool Consistent(BlankNode node)
        {
            foreach (var q in quadsByNode[node])
            {
                var mapped = TryMap(q);
                if (mapped is { } m && !b.Contains(m))
                {
                    return false;
                }
            }

            return true;
        }

        Quad? TryMap(Quad q)
        {
            Term? Map(Term? t) => t is BlankNode bn ? (mapping.TryGetValue(bn, out var m) ? m : null) : t;
            var s = Map(q.Subject);
            var o = Map(q.Obj);
            var g = q.Graph is null ? null : Map(q.Graph);
            if (s is null || o is null || (q.Graph is not null && g is null))
            {
                return null;
            }

            return new Quad(s, q.Predicate, o, g);
        }
    }

    private static bool HasBlank(Quad q) => q.Subject is BlankNode || q.Obj is BlankNode || q.Graph is BlankNode;

    private static IEnumerable<Term> Terms(Quad q)
    {
        yield return q.Subject;
        yield return q.Obj;
        if (q.Graph is not null)
        {
            yield return q.Graph;
        }
    }

    /// <summary>Colour refinement: a node's colour is a hash of the colours around it, iterated until stable.</summary>
    private static Dictionary<BlankNode, ulong> Colour(List<Quad> quads)
    {
        var colour = new Dictionary<BlankNode, ulong>();
        foreach (var q in quads)
        {
            foreach (var t in Terms(q))
            {
                if (t is BlankNode bn)
                {
                    colour[bn] = 1;
                }
            }
        }

        var classes = 1;
        for (var round = 0; round < 64; round++)
        {
            var next = new Dictionary<BlankNode, ulong>(colour.Count);
            foreach (var n in colour.Keys)
            {
                next[n] = colour[n];
            }

            var contributions = new Dictionary<BlankNode, ulong>(colour.Count);
            foreach (var q in quads)
            {
                var s = TermHash(q.Subject, colour);
                var p = (ulong)q.Predicate.GetHashCode();
                var o = TermHash(q.Obj, colour);
                var g = q.Graph is null ? 0UL : TermHash(q.Graph, colour);
                Add(q.Subject, Mix(1, p, o, g));
                Add(q.Obj, Mix(2, p, s, g));
                if (q.Graph is not null)
                {
                    Add(q.Graph, Mix(3, p, s, o));
                }
            }

            foreach (var (n, c) in contributions)
            {
                next[n] = Mix(colour[n], c, 0, 0);
            }

            var newClasses = next.Values.Distinct().Count();
            colour = next;
            if (newClasses == classes)
            {
                break;
            }

            classes = newClasses;

            void Add(Term t, ulong h)
            {
                if (t is BlankNode bn)
                {
                    // Addition keeps the contribution independent of quad order (a multiset hash).
                    contributions[bn] = contributions.GetValueOrDefault(bn) + h;
                }
            }
        }

        return colour;
    }

    private static ulong TermHash(Term t, Dictionary<BlankNode, ulong> colour) =>
        t is BlankNode bn ? colour[bn] : (ulong)(uint)t.GetHashCode() * 0x9E3779B97F4A7C15UL;

    private static ulong Mix(ulong a, ulong b, ulong c, ulong d)
    {
        var h = a * 0xBF58476D1CE4E5B9UL;
        h ^= (b + 0x9E3779B97F4A7C15UL) * 0x94D049BB133111EBUL;
        h = (h << 31 | h >> 33) ^ (c * 0xD6E8FEB86659FD93UL);
        h = (h << 27 | h >> 37) ^ (d * 0xFF51AFD7ED558CCDUL);
        return h ^ (h >> 29);
    }
}
