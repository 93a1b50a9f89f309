using System.Text;
using NewsGraph.Rdf;
using NewsGraph.Store;

namespace NewsGraph.Remote;

/// <summary>What a graph holds, as far as the push needs to know before sending it.</summary>
internal readonly record struct GraphContent(long Count, string Hash, bool HasBlankNodes);

/// <summary>A batch of N-Triples lines and how many there are.</summary>
internal readonly record struct TripleBatch(string Lines, int Count);

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

    /// <summary>Reads the graph once: its size, its fingerprint, whether it has blank nodes.</summary>
    public GraphContent Scan()
    {
        var line = new StringBuilder(256);
        var hash = default(ContentHash);
        long count = 0;
        var blank = false;
        foreach (var q in store.Match(0, 0, 0, id))
        {
            line.Clear();
            blank |= AppendLine(line, q);
            hash.Add(line);
            count++;
        }

        return new GraphContent(count, hash.ToHex(), blank);
    }

    /// <summary>
    /// The graph's triples as N-Triples, <paramref name="size"/> at a time, after the first
    /// <paramref name="skip"/>. The order is the store's index order, the same on every read of
    /// unchanged content, which is what lets a rerun skip what was acknowledged.
    /// </summary>
    public IEnumerable<TripleBatch> Batches(long skip, int size)
    {
        var lines = new StringBuilder();
        var count = 0;
        long seen = 0;
        foreach (var q in store.Match(0, 0, 0, id))
        {
            if (seen++ < skip)
            {
                continue;
            }

            AppendLine(lines, q);
            if (++count == size)
            {
                yield return new TripleBatch(lines.ToString(), count);
                lines.Clear();
                count = 0;
            }
        }

        if (count > 0)
        {
            yield return new TripleBatch(lines.ToString(), count);
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
