using NewsGraph.Extraction.Gazetteer;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// What the sentences read so far say about who the article is about: the persons it names most
/// (its protagonist, the "he" of "his visit") and the last pair of persons an event joined (the
/// "them" of "between them", "their meeting").
/// </summary>
internal sealed class ArticleContext
{
    private readonly Dictionary<ArticleEntity, int> _personMentions = [];
    private readonly List<ArticleEntity> _order = [];

    public IReadOnlyList<ArticleEntity> LastPair { get; private set; } = [];

    public void Read(SentenceFacts sentence)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.Entity.Kind != EntityKind.Person)
                continue;
            if (!_personMentions.TryAdd(m.Entity, 1))
                _personMentions[m.Entity]++;
            else
                _order.Add(m.Entity);
        }
    }

    /// <summary>The persons named so far, most named first (the first named among equals).</summary>
    public IEnumerable<ArticleEntity> Protagonists => _order.OrderByDescending(p => _personMentions[p]);

    public void Remember(EventFact e)
    {
        var persons = e.Participants.Where(p => p.Kind == EntityKind.Person).ToList();
        if (persons.Count >= 2)
            LastPair = persons;
    }
}
