using System.Text;
using NewsGraph.Rdf;
using NewsGraph.Store;

namespace NewsGraph.Remote;

/// <summary>What a graph holds, as far as the push needs to know before sending it.</summary>
internal readonly record struct GraphContent(long Count, string Hash);

/// <summary>One graph of the local dataset and the remote graph it goes to.</summary>
internal sealed class SourceGraph(IQuadStore store, int id, string target)
{
    /// <summary>The remote graph's IRI.</summary>
    public string Target { get; } = target;

    /// <summary>
    /// The graphs to push: the default graph (if it has triples of its own) to
    /// <see cref="PushOptions.DefaultGraph"/>, and every named graph under its own name, in name order.
    /// </summary>
    public static List<SourceGraph> Select(IQuadStore store, PushOptions options)
    {
        if (options.Graph is { } only)
        {
            var id = store.Lookup(new Iri(only));
            if (id == TermIds.None || !store.NamedGraphs().Contains(id))
            {
                throw new PushException($"the dataset has no graph <{only}>");
            }

            return [new SourceGraph(store, id, only)];
        }

        var graphs = new List<SourceGraph>();
        foreach (var id in store.NamedGraphs())
        {
            if (store.Decode(id) is not Iri name)
            {
                throw new PushException($"a graph is named by the blank node {store.Decode(id)}: a remote store can only name graphs by IRI");
            }

            graphs.Add(new SourceGraph(store, id, name.Value));
        }

        graphs.Sort((a, b) => string.CompareOrdinal(a.Target, b.Target));
        if (store.Match(0, 0, 0, TermIds.DefaultGraph).Any())
        {
            graphs.Insert(0, new SourceGraph(store, TermIds.DefaultGraph, options.DefaultGraph));
        }

        return graphs;
    }

    /// <summary>Reads the graph once: its size and its fingerprint.</summary>
    public GraphContent Scan()
    {
        var line = new StringBuilder(256);
        var hash = default(ContentHash);
        long count = 0;
        foreach (var q in store.Match(0, 0, 0, id))
        {
            line.Clear();
            AppendLine(line, q);
            hash.Add(line);
            count++;
        }

        return new GraphContent(count, hash.ToHex());
    }

    /// <summary>
    /// The graph's triples as N-Triples, about <paramref name="size"/> at a time, after the first
    /// <paramref name="skip"/>. Blank nodes are scoped to one request, so triples linked through
    /// blank nodes always travel together: the triples without blank nodes come first, in the
    /// store's order, then each group of linked blank-node triples whole (a group larger than
    /// <paramref name="size"/> is a batch of its own). The order is the same on every read of
    /// unchanged content, whatever the size, and acknowledged batches end between groups, which
    /// is what lets a rerun skip what was acknowledged.
    /// </summary>
    public IEnumerable<TripleBatch> Batches(long skip, int size)
    {
        var batch = new BatchBuilder(size, skip);
        var withBlankNodes = new List<EncodedQuad>();
        foreach (var q in store.Match(0, 0, 0, id))
        {
            if (IsBlank(q.S) || IsBlank(q.O))
            {
                withBlankNodes.Add(q);
            }
            else if (batch.Add([q], this) is { } full)
            {
                yield return full;
            }
        }

        foreach (var group in LinkedGroups(withBlankNodes))
        {
            if (batch.Add(group, this) is { } full)
            {
                yield return full;
            }
        }

        if (batch.Flush() is { } last)
        {
            yield return last;
        }
    }

    private bool IsBlank(int term) => store.Decode(term).IsBlankNode;

    /// <summary>The quads grouped by the blank nodes they share (connected components), in order of first appearance.</summary>
    private List<List<EncodedQuad>> LinkedGroups(List<EncodedQuad> quads)
    {
        var parent = new Dictionary<int, int>();
        int Root(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.GetValueOrDefault(p, p);
                x = p;
            }

            return x;
        }

        foreach (var q in quads)
        {
            var s = IsBlank(q.S) ? Root(q.S) : 0;
            var o = IsBlank(q.O) ? Root(q.O) : 0;
            if (s != 0 && o != 0 && s != o)
            {
                parent[o] = s;
            }

            parent.TryAdd(s != 0 ? s : o, s != 0 ? s : o);
        }

        var groups = new Dictionary<int, List<EncodedQuad>>();
        var ordered = new List<List<EncodedQuad>>();
        foreach (var q in quads)
        {
            var root = Root(IsBlank(q.S) ? q.S : q.O);
            if (!groups.TryGetValue(root, out var group))
            {
                groups[root] = group = [];
                ordered.Add(group);
            }

            group.Add(q);
        }

        return ordered;
    }

    /// <summary>Fills batches with whole groups of quads, passing over the first <c>skip</c>.</summary>
    private sealed class BatchBuilder(int size, long skip)
    {
        private readonly StringBuilder _lines = new();
        private readonly List<(int Chars, int Triples)> _cuts = [];
        private long _skip = skip;
        private int _count;
        private bool _blank;

        /// <summary>Adds a group; returns the batch it completed, if it did.</summary>
        public TripleBatch? Add(IReadOnlyList<EncodedQuad> group, SourceGraph graph)
        {
            if (_skip >= group.Count)
            {
                _skip -= group.Count;
                return null;
            }

            // Acknowledged batches end between groups, so only an edited checkpoint ends inside
            // one; the rest of the group still goes together.
            var from = (int)_skip;
            _skip = 0;
            TripleBatch? full = null;
            if (_count > 0 && _count + group.Count - from > size)
            {
                full = Flush();
            }

            for (var i = from; i < group.Count; i++)
            {
                _blank |= graph.AppendLine(_lines, group[i]);
                _count++;
            }

            _cuts.Add((_lines.Length, _count));

            return full ?? (_count >= size ? Flush() : null);
        }

        public TripleBatch? Flush()
        {
            if (_count == 0)
            {
                return null;
            }

            var batch = new TripleBatch(_lines.ToString(), _count, _blank, [.. _cuts]);
            _lines.Clear();
            _cuts.Clear();
            _count = 0;
            _blank = false;
            return batch;
        }
    }

    /// <summary>Appends the quad's triple as one N-Triples line; true if it has a blank node.</summary>
    private bool AppendLine(StringBuilder sb, EncodedQuad q)
    {
        var s = store.Decode(q.S);
        var o = store.Decode(q.O);
        NTriplesText.AppendTerm(sb, s);
        sb.Append(' ');
        NTriplesText.AppendTerm(sb, store.Decode(q.P));
        sb.Append(' ');
        NTriplesText.AppendTerm(sb, o);
        sb.Append(" .\n");
        return s.IsBlankNode || o.IsBlankNode;
    }
}
