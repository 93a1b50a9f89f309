using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// The words of reported speech. After the verb (and a speaker named right after it) the clause opened by
/// a complementizer ("said that …", "قال إن …", "заявил, что …"), up to a later attribution (", Xinhua
/// reported"). Without a complementizer: the words after the verb ("Putin said Russia …"), unless the
/// speaker and verb close the sentence after a comma ("…, the White House said in a statement"): then
/// the words before. A weak verb (announced, كشف, הביע) reports speech only through a complementizer,
/// and a verb followed by "about" (كشف عن, говорил о) gives a topic, not words.
/// </summary>
internal static class ReportedClause
{
    public const int MinWords = 3;
    private const int ComplementizerReach = 4;
    private const int AttributionReach = 4;

    public static string? Find(StatementText text, SentenceFacts s, Trigger verb, SpeakerChoice? speaker, bool weak)
    {
        if (AccordingPhrase.At(text, s, verb) is { } phrase)
            return phrase.Words(text, s) is var (start, stop) ? Clean(text.Value[start..stop]) : null;
        int from = verb.End;
        if (speaker is not null && speaker.FirstToken >= verb.End && speaker.FirstToken - verb.End <= 3)
            from = speaker.EndToken;
        int end = AttributionAfter(text, s, from) ?? s.Sentence.End;
        foreach (var t in s.Triggers)
        {
            if (t.Kind == TriggerKind.Complementizer && t.First >= from && t.First - from <= ComplementizerReach)
                return Clean(text.Value[text.Start(t.First)..end]);
        }
        if (weak || s.Triggers.Any(t => t.Kind == TriggerKind.About && (t.First == from || AddresseeBefore(s, from, t.First))))
            return null;
        int group = speaker is { FirstToken: >= 0 } ? Math.Min(verb.First, speaker.FirstToken) : verb.First;
        bool closing = text.CommaBefore(group) >= 0 && (s.EndToken - from < MinWords || OpensWithAdjunct(s, from));
        if (s.EndToken - from >= MinWords && !closing)
            return Clean(text.Value[text.Start(from)..end]);
        if (group - s.FirstToken < MinWords)
            return null;
        return Clean(text.Value[s.Sentence.Start..text.End(group - 1)]);
    }

    /// <summary>"говорил Зеленскому о", "told Macron about": the name between the verb and "about" is who was told.</summary>
    private static bool AddresseeBefore(SentenceFacts s, int from, int about) =>
        s.Mentions.Any(m => m.Mention.FirstToken == from && m.Mention.EndToken == about);

    /// <summary>"said in a statement", "said during a meeting": what follows the verb is not what was said.</summary>
    private static bool OpensWithAdjunct(SentenceFacts s, int from) =>
        s.Triggers.Any(t => t.First == from && t.Kind is TriggerKind.Preposition or TriggerKind.Speech);

    /// <summary>The comma before a later speech verb or source (", Xinhua reported", "، بحسب وكالة"), if any.</summary>
    private static int? AttributionAfter(StatementText text, SentenceFacts s, int from)
    {
        foreach (var t in s.Triggers)
        {
            if (t.Kind is not (TriggerKind.Speech or TriggerKind.WeakSpeech) || t.First <= from + 1)
                continue;
            for (int k = t.First; k > from && t.First - k < AttributionReach; k--)
            {
                if (text.CommaBefore(k) is var comma and >= 0)
                    return comma;
            }
        }
        return null;
    }

    private static string? Clean(string clause)
    {
        clause = clause.Trim().TrimEnd('.', '،', ',', ':', ';').Trim();
        return Words.Count(clause) >= MinWords ? clause : null;
    }
}
