namespace NewsGraph.Remote;

/// <summary>
/// N-Triples lines for one request, how many there are, whether they name blank nodes, and where
/// the batch may be cut in two without parting triples linked through a blank node
/// (<see cref="Cuts"/>: after each such group, as a character offset and a triple count).
/// </summary>
internal sealed record TripleBatch(string Lines, int Count, bool HasBlankNodes, IReadOnlyList<(int Chars, int Triples)> Cuts)
{
    public static readonly TripleBatch Empty = new("", 0, false, []);

    /// <summary>False when the batch is one group that must travel whole.</summary>
    public bool CanSplit => Cuts.Count > 1;

    /// <summary>Two batches of about half the triples each, cut between groups.</summary>
    public (TripleBatch First, TripleBatch Second) Split()
    {
        var middle = Cuts.Count / 2 - 1;
        var (chars, triples) = Cuts[middle];
        var first = new TripleBatch(Lines[..chars], triples, HasBlankNodes, Cuts.Take(middle + 1).ToList());
        var second = new TripleBatch(
            Lines[chars..],
            Count - triples,
            HasBlankNodes,
            Cuts.Skip(middle + 1).Select(c => (c.Chars - chars, c.Triples - triples)).ToList());
        return (first, second);
    }
}
