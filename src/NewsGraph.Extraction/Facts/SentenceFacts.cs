using NewsGraph.Extraction.Dates;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>A mention with the entity it was resolved to.</summary>
internal readonly record struct ResolvedMention(Mention Mention, ArticleEntity Entity);

/// <summary>What one sentence holds: its tokens, resolved mentions, triggers and dates.</summary>
internal sealed class SentenceFacts
{
    public required Sentence Sentence { get; init; }
    public required int FirstToken { get; init; }
    public required int EndToken { get; init; }
    public required List<ResolvedMention> Mentions { get; init; }
    public required List<Trigger> Triggers { get; init; }
    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>The last resolved date of an earlier sentence, else the publication date.</summary>
    public DateMention? ContextDate { get; set; }

    /// <summary>Original offset of a trigger's first character.</summary>
    public required Func<Trigger, int> TriggerOffset { get; init; }

    public bool Has(TriggerKind kind) => Triggers.Any(t => t.Kind == kind);

    /// <summary>Is a negation or hypothetical marker within a few words before token <paramref name="at"/>?</summary>
    public bool IsNegatedAt(int at) => Triggers.Any(t => t.Kind is TriggerKind.Negation or TriggerKind.Hypothetical && t.End <= at && at - t.End <= 3);
}
