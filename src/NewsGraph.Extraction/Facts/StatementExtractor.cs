using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// Ties words to speakers. Quotations are attributed through the speech verb of their sentence
/// (“…,” the presidency said); a quotation with no verb of its own continues the previous
/// speaker. A sentence with a speech verb and no quotation is reported speech: the clause after
/// the verb and speaker ("قال ترامب إن …", "Putin said that …") is the quote. The speaker is the
/// person (else state or organisation) nearest to the verb; a sentence that opens with the verb
/// and names nobody ("وأضاف", "He added") continues the previous speaker.
/// </summary>
internal sealed class StatementExtractor
{
    private const int MaxSpeakerDistance = 12;
    private const int MinQuoteWords = 3;

    public List<StatementFact> Extract(string text, FoldedText folded, List<Token> tokens, List<SentenceFacts> sentences, string language)
    {
        var statements = new List<StatementFact>();
        var quotes = QuotedSpans.Find(text).Where(q => Words.Count(text.AsSpan(q.Start, q.End - q.Start)) >= MinQuoteWords).ToList();
        ArticleEntity? previous = null;
        int previousSentence = -10;
        foreach (var s in sentences)
        {
            // Who the text is about: the last speaker, else the last person it named.
            if (s.Sentence.Index - previousSentence > 3 || previous is null)
            {
                var topic = sentences.Take(s.Sentence.Index).Reverse().Take(3).SelectMany(x => x.Mentions.AsEnumerable().Reverse())
                    .FirstOrDefault(m => m.Entity.Kind == EntityKind.Person);
                if (topic.Entity is not null)
                {
                    previous = topic.Entity;
                    previousSentence = s.Sentence.Index - 1;
                }
            }
            var inSentence = quotes.Where(q => q.Start < s.Sentence.End && q.End > s.Sentence.Start).ToList();
            var speech = s.Triggers.Where(t => t.Kind == TriggerKind.Speech && !inSentence.Any(q => q.Contains(folded.OriginalOffset(tokens[t.First].Start)))).ToList();
            foreach (var q in inSentence)
            {
                if (q.Start < s.Sentence.Start)
                    continue; // reported with the sentence where it opened
                var speaker = speech.Select(t => Speaker(s, t, inSentence, language)?.Entity).FirstOrDefault(sp => sp is not null);
                if (speaker is null && s.Sentence.Index - previousSentence <= 3)
                    speaker = previous;
                if (speaker is null && speech.Count == 0)
                    continue;
                statements.Add(new StatementFact
                {
                    Speaker = speaker, Quote = text[q.Start..q.End].Trim(), Direct = true, Evidence = s.Sentence,
                    Confidence = speaker is null ? 0.3 : 0.8,
                });
                if (speaker is not null) { previous = speaker; previousSentence = s.Sentence.Index; }
            }
            if (inSentence.Count > 0 || speech.Count == 0)
                continue;
            foreach (var trigger in speech)
            {
                var speaker = Speaker(s, trigger, inSentence, language);
                bool continuation = speaker is null && previous is not null && trigger.First - s.FirstToken <= 2 && s.Sentence.Index - previousSentence <= 3;
                if (continuation)
                    speaker = new SpeakerChoice(previous!, -1, -1);
                if (speaker is null)
                    continue;
                var quote = ReportedClause(text, folded, tokens, s, trigger, speaker);
                if (quote is null)
                    continue;
                statements.Add(new StatementFact
                {
                    Speaker = speaker.Entity, Quote = quote, Direct = false, Evidence = s.Sentence, Confidence = continuation ? 0.5 : 0.7,
                });
                previous = speaker.Entity;
                previousSentence = s.Sentence.Index;
                break;
            }
        }
        return statements;
    }

    private sealed record SpeakerChoice(ArticleEntity Entity, int FirstToken, int EndToken);

    /// <summary>
    /// The speaker of a speech verb: the nearest person (English puts the speaker before the verb;
    /// Arabic, Hebrew and Russian news often after it); failing that a state or organisation named
    /// near the verb; nationality adjectives ("the Russian presidency said") last.
    /// </summary>
    private static SpeakerChoice? Speaker(SentenceFacts s, Trigger trigger, List<QuotedSpan> quotes, string language)
    {
        SpeakerChoice? best = null;
        int bestScore = int.MaxValue;
        foreach (var m in s.Mentions)
        {
            int penalty = m.Entity.Kind switch
            {
                EntityKind.Person => 0,
                EntityKind.NewsAgency => 10,
                EntityKind.State or EntityKind.Organization when m.Mention.Kind != Mentions.MentionKind.Demonym => 20,
                EntityKind.State => 40,
                _ => -1,
            };
            if (penalty < 0 || quotes.Any(q => q.Contains(m.Mention.Start)))
                continue;
            bool after = m.Mention.FirstToken >= trigger.End;
            int distance = after ? m.Mention.FirstToken - trigger.End : trigger.First - m.Mention.EndToken;
            if (distance < 0 || distance > MaxSpeakerDistance)
                continue;
            // The reported clause ("said that …") speaks of others: the speaker is never beyond its opening word.
            int lo = after ? trigger.End : m.Mention.EndToken, hi = after ? m.Mention.FirstToken : trigger.First;
            if (s.Triggers.Any(t => t.Kind == TriggerKind.Complementizer && t.First >= lo && t.First < hi))
                continue;
            bool favoured = language == "en" ? !after : after;
            int score = penalty + distance + (favoured ? 0 : 3);
            if (score < bestScore)
            {
                bestScore = score;
                best = new SpeakerChoice(m.Entity, m.Mention.FirstToken, m.Mention.EndToken);
            }
        }
        // A news agency reporting ("сообщает IPN", "according to Reuters") is a source, not a speaker.
        return best is { Entity.Kind: EntityKind.NewsAgency } ? null : best;
    }

    private static string? ReportedClause(string text, FoldedText folded, List<Token> tokens, SentenceFacts s, Trigger trigger, SpeakerChoice? speaker)
    {
        int from = trigger.End;
        if (speaker is not null && speaker.FirstToken >= trigger.End && speaker.FirstToken - trigger.End <= 3)
            from = speaker.EndToken;
        int start, end = s.Sentence.End;
        if (s.EndToken - from >= MinQuoteWords)
        {
            start = folded.OriginalOffset(tokens[from].Start);
        }
        else
        {
            // "…, he said": the words come before the verb.
            int until = speaker is not null ? Math.Min(trigger.First, speaker.FirstToken) : trigger.First;
            if (until - s.FirstToken < MinQuoteWords)
                return null;
            start = s.Sentence.Start;
            end = folded.OriginalEnd(tokens[until - 1].End);
        }
        var clause = text[start..end].Trim().TrimEnd('.', '،', ',', ':', ';').Trim();
        return Words.Count(clause) >= MinQuoteWords ? clause : null;
    }
}
