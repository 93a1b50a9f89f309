using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Dates;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

public enum EventType { Visit, Meeting, PhoneCall }

public enum EventStatus { Occurred, Planned }

/// <summary>A visit, meeting or call as one article reports it.</summary>
public sealed class EventFact
{
    public required EventType Type { get; init; }
    public required List<ArticleEntity> Participants { get; init; }
    public ArticleEntity? Visitor { get; set; }
    public ArticleEntity? Host { get; set; }
    public ArticleEntity? Place { get; set; }
    public PartialDate? Start { get; set; }
    public PartialDate? End { get; set; }
    public EventStatus Status { get; set; }
    /// <summary>CAMEO event code: 042 make a visit, 043 host a visit, 044 meet at a third location, 040 consult, 041 by telephone.</summary>
    public required string Cameo { get; set; }
    public double Confidence { get; set; }
    public required List<Sentence> Evidence { get; init; }
}

/// <summary>Words attributed to a speaker: quoted, or reported ("he said that…").</summary>
public sealed class StatementFact
{
    public ArticleEntity? Speaker { get; init; }
    public required string Quote { get; init; }
    public required bool Direct { get; init; }
    public required Sentence Evidence { get; init; }
    public PartialDate? Date { get; init; }
    public string Cameo { get; init; } = "010";
    public double Confidence { get; init; }
}

/// <summary>Everything extracted from one article.</summary>
public sealed class ArticleFacts
{
    public required Article Article { get; init; }
    public required List<Sentence> Sentences { get; init; }
    /// <summary>Entities the article's own text names, each once, in order of first mention.</summary>
    public required List<ArticleEntity> Entities { get; init; }
    public required List<EventFact> Events { get; init; }
    public required List<StatementFact> Statements { get; init; }
}
