using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// Ties words to speakers. A quotation is attributed through a speech verb of the sentences it spans
/// or closes in (“…,” the presidency said; „…“, - пишет Санду); a quotation that is a sentence of its
/// own, with no verb, continues the speaker of the sentence before; a quoted phrase inside a sentence
/// with no speech verb is not a statement (a scare quote). A sentence with a speech verb and no
/// quotation is reported speech (<see cref="ReportedClause"/>). A verb whose subject is a source that names nobody ("a source said") gives
/// no statement, and its continuations neither. A verb whose subject is not named
/// (a sentence opening with "وأضاف", "He added", "The statement also noted") continues the previous
/// speaker, else the person the text was last about. Words with no speaker are no statement.
/// </summary>
internal sealed class StatementExtractor(EntityResolver entities, EntityGazetteer gazetteer)
{
    private const int ContinuationReach = 3;
    private const int VerbOpensSentence = 3;

    public List<StatementFact> Extract(string text, FoldedText folded, List<Token> tokens, List<SentenceFacts> sentences, string language)
    {
        var quotes = QuotedSpans.Find(text).Where(q => Words.Count(text.AsSpan(q.Start, q.End - q.Start)) >= ReportedClause.MinWords).ToList();
        var context = new StatementText(text, folded, tokens, quotes, language);
        var speakers = new SpeakerFinder(context, gazetteer);
        var statements = new List<StatementFact>();
        ArticleEntity? lastSpeaker = null;
        int lastSpeakerSentence = -10;
        foreach (var s in sentences)
        {
            bool recent = s.Sentence.Index - lastSpeakerSentence <= ContinuationReach;
            var previous = recent ? lastSpeaker : Topic(sentences, s);
            var covering = quotes.Where(q => q.Start < s.Sentence.End && q.End > s.Sentence.Start).ToList();
            QuotedSpan? previousQuote = null;
            foreach (var q in covering.Where(q => q.Start >= s.Sentence.Start))
            {
                var quoteBefore = previousQuote;
                previousQuote = q;
                var span = sentences.Where(x => x.Sentence.Index >= s.Sentence.Index && x.Sentence.Start < q.End).ToList();
                var verbs = span.SelectMany(x => SpeechVerbs(x, context).Select(v => (Sentence: x, Verb: v))).ToList();
                var speaker = verbs.Select(v => speakers.Find(v.Sentence, v.Verb)?.Entity).FirstOrDefault(e => e is not null);
                if (speaker is null && verbs.Any(v => speakers.NamesSource(v.Sentence, v.Verb)))
                {
                    if (!verbs.All(v => speakers.AttributesToNobody(v.Sentence, v.Verb)))
                        (lastSpeaker, lastSpeakerSentence) = (null, span[^1].Sentence.Index);
                    continue;
                }
                if (speaker is null && (verbs.Count > 0 || (recent && Words.Count(text.AsSpan(s.Sentence.Start, q.Start - s.Sentence.Start)) == 0)))
                    speaker = previous;
                if (speaker is null)
                    continue;
                var quoted = new StatementFact { Speaker = Voice(speaker), Quote = text[q.Start..q.End].Trim(), Direct = true, Evidence = s.Sentence, Confidence = 0.8 };
                if (Continues(context, s, statements, quoted, quoteBefore, q) is { } whole)
                    statements[^1] = whole;
                else
                    statements.Add(quoted);
                (lastSpeaker, lastSpeakerSentence) = (speaker, span[^1].Sentence.Index);
            }
            if (covering.Count > 0)
                continue;
            StatementFact? said = null;
            int mainClause = speakers.MainClauseStart(s);
            foreach (var verb in SpeechVerbs(s, context).Where(v => v.First >= mainClause))
            {
                if (said is not null)
                {
                    if (AddedClause(context, s, verb, said, speakers) is { } added && !statements.Any(x => x.Evidence == s.Sentence && Overlaps(x.Quote, added.Quote)))
                        statements.Add(added);
                    continue;
                }
                if (GroupSpeakers(sentences, s, verb) is { } group)
                {
                    var words = ReportedClause.Find(context, s, verb, group.Choice, verb.Kind == TriggerKind.WeakSpeech);
                    if (words is null)
                        continue;
                    foreach (var member in group.Members)
                        statements.Add(new StatementFact { Speaker = Voice(member), Quote = words, Direct = false, Evidence = s.Sentence, Confidence = 0.6 });
                    (lastSpeaker, lastSpeakerSentence) = (null, s.Sentence.Index);
                    break;
                }
                var speaker = speakers.Find(s, verb);
                if ((speaker is null && speakers.NamesSource(s, verb)) || speakers.ChainedToSource(s, verb))
                {
                    if (!speakers.AttributesToNobody(s, verb))
                        (lastSpeaker, lastSpeakerSentence) = (null, s.Sentence.Index);
                    break;
                }
                bool continuation = speaker is null && previous is not null && OpensSentence(s, verb, speakers);
                if (continuation)
                    speaker = new SpeakerChoice(previous!, -1, -1);
                if (speaker is null)
                    continue;
                var quote = ReportedClause.Find(context, s, verb, speaker, verb.Kind == TriggerKind.WeakSpeech);
                if (quote is null)
                    continue;
                said = new StatementFact
                {
                    Speaker = Voice(speaker.Entity), Quote = quote, Direct = false, Evidence = s.Sentence, Confidence = continuation ? 0.5 : 0.7,
                };
                statements.Add(said);
                (lastSpeaker, lastSpeakerSentence) = (speaker.Entity, s.Sentence.Index);
            }
        }
        return statements;
    }

    /// <summary>An office or ministry that stands for a state (its gazetteer <c>ng:country</c>), or the state's capital, speaks for that state.</summary>
    private ArticleEntity Voice(ArticleEntity speaker) => speaker switch
    {
        { Kind: EntityKind.Organization, Known.Country: { } country } when gazetteer.Find(country) is { Kind: EntityKind.State } state => entities.For(state),
        { Kind: EntityKind.City } when gazetteer.CapitalState(speaker.Iri) is { } state => entities.For(state),
        _ => speaker,
    };

    /// <summary>The sentence's verbs of saying outside quotations; a negated one ("ولم يؤكد", "did not say") reports no words.</summary>
    private static IEnumerable<Trigger> SpeechVerbs(SentenceFacts s, StatementText text) =>
        s.Triggers.Where(t => t.Kind is TriggerKind.Speech or TriggerKind.WeakSpeech && !text.InQuote(text.Start(t.First))
            && !s.Triggers.Any(n => n.Kind == TriggerKind.Negation && n.End == t.First));

    /// <summary>The verb comes first, after at most a few words that name nobody ("وأضاف", "He also added", "The statement noted"),
    /// or first after a subordinate clause that opens the sentence ("وبعدما أكد براءة روسيا، قال").</summary>
    private static bool OpensSentence(SentenceFacts s, Trigger verb, SpeakerFinder speakers)
    {
        int start = speakers.ClauseStart(s, verb);
        return verb.First - start <= VerbOpensSentence && !s.Mentions.Any(m => m.Mention.FirstToken >= start && m.Mention.FirstToken < verb.First);
    }

    /// <summary>
    /// "הדגיש בנט כי …, והוסיף כי …": a later verb of the sentence with no subject of its own adds the same speaker's
    /// words, but only through a complementizer; the caller keeps only words no clause of the sentence held already.
    /// </summary>
    private static StatementFact? AddedClause(StatementText context, SentenceFacts s, Trigger verb, StatementFact said, SpeakerFinder speakers)
    {
        if (speakers.Find(s, verb) is not null || speakers.NamesSource(s, verb))
            return null;
        var quote = ReportedClause.Find(context, s, verb, null, weak: true);
        return quote is null
            ? null
            : new StatementFact { Speaker = said.Speaker, Quote = quote, Direct = false, Evidence = s.Sentence, Confidence = 0.5 };
    }

    /// <summary>
    /// "… تدعم عقد مؤتمر «تعترف به روسيا»، مع «مشاركة متساوية»": a quotation that follows the sentence's previous one with
    /// no verb of saying between them goes on with the same words of the same speaker, so the two are one statement.
    /// </summary>
    private static StatementFact? Continues(StatementText context, SentenceFacts s, List<StatementFact> statements, StatementFact said, QuotedSpan? previous, QuotedSpan q)
    {
        if (previous is not { } before || statements.Count == 0 || statements[^1] is not { Direct: true } last
            || last.Evidence != s.Sentence || last.Speaker != said.Speaker)
            return null;
        if (SpeechVerbs(s, context).Any(v => context.Start(v.First) >= before.End && context.Start(v.First) < q.Start))
            return null;
        return new StatementFact { Speaker = last.Speaker, Quote = $"{last.Quote} … {said.Quote}", Direct = true, Evidence = s.Sentence, Confidence = last.Confidence };
    }

    private static bool Overlaps(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    /// <summary>
    /// "הדגישו הנשיאים", "the two leaders said": a plural subject next to the verb that names nobody stands for the
    /// last two persons named before it, and each of them says the words.
    /// </summary>
    private static (SpeakerChoice Choice, List<ArticleEntity> Members)? GroupSpeakers(List<SentenceFacts> sentences, SentenceFacts s, Trigger verb)
    {
        if (s.Triggers.FirstOrDefault(t => t.Kind == TriggerKind.Group && (t.First == verb.End || t.End == verb.First)) is not { Kind: TriggerKind.Group } group)
            return null;
        var members = new List<ArticleEntity>();
        for (int i = s.Sentence.Index; i >= 0 && i >= s.Sentence.Index - ContinuationReach && members.Count < 2; i--)
        {
            var mentions = sentences[i].Mentions;
            for (int k = mentions.Count - 1; k >= 0 && members.Count < 2; k--)
            {
                var m = mentions[k];
                if (m.Entity.Kind == EntityKind.Person && (i < s.Sentence.Index || m.Mention.EndToken <= verb.First) && !members.Contains(m.Entity))
                    members.Add(m.Entity);
            }
        }
        return members.Count == 2 ? (new SpeakerChoice(members[0], group.First, group.End), members) : null;
    }

    /// <summary>The person the last few sentences named last: who an unattributed verb most likely continues.</summary>
    private static ArticleEntity? Topic(List<SentenceFacts> sentences, SentenceFacts s)
    {
        for (int i = s.Sentence.Index - 1; i >= 0 && i >= s.Sentence.Index - ContinuationReach; i--)
        {
            for (int k = sentences[i].Mentions.Count - 1; k >= 0; k--)
            {
                if (sentences[i].Mentions[k].Entity.Kind == EntityKind.Person)
                    return sentences[i].Mentions[k].Entity;
            }
        }
        return null;
    }
}
