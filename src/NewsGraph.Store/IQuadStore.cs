namespace NewsGraph.Store;

/// <summary>
/// A dictionary-encoded quad store as the SPARQL engine sees it: terms are ints, and any quad
/// pattern is answered by one index range. Implemented in memory here and durably by the
/// persistent store; both keep the same contract.
/// </summary>
public interface IQuadStore
{
    /// <summary>How many quads the store holds.</summary>
    long Count { get; }

    /// <summary>The id of a term, or <see cref="TermIds.None"/> if the store has never seen it.</summary>
    int Lookup(Term term);

    /// <summary>The term behind an id given by this store.</summary>
    Term Decode(int id);

    /// <summary>
    /// The quads matching a pattern. 0 in s, p or o matches anything; g is a graph id,
    /// <see cref="TermIds.DefaultGraph"/>, <see cref="TermIds.AnyNamedGraph"/>, or 0 for any graph at all.
    /// </summary>
    IEnumerable<EncodedQuad> Match(int s, int p, int o, int g);

    /// <summary>How many quads match the pattern (exact for the in-memory store, an estimate elsewhere).</summary>
    long CountMatches(int s, int p, int o, int g);

    /// <summary>The named graphs, including empty ones created explicitly.</summary>
    IEnumerable<int> NamedGraphs();

    /// <summary>Adds a quad; false if it was there already.</summary>
    bool Add(Quad quad);

    /// <summary>Adds many quads, as a bulk load: a store may batch and reorder the writes. Returns how many were new.</summary>
    long AddRange(IEnumerable<Quad> quads)
    {
        long added = 0;
        foreach (var quad in quads)
        {
            if (Add(quad))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>Removes a quad; false if it was not there.</summary>
    bool Remove(Quad quad);

    /// <summary>Records an empty named graph (SPARQL CREATE GRAPH); false if it exists.</summary>
    bool CreateGraph(Term graph);

    /// <summary>Forgets a named graph and its quads (SPARQL DROP GRAPH); false if it did not exist.</summary>
    bool DropGraph(Term graph);
}
