using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;

namespace NewsGraph.Extraction.Facts;

/// <summary>A speaker and where the sentence names it (tokens [<see cref="FirstToken"/>, <see cref="EndToken"/>)).</summary>
internal sealed record SpeakerChoice(ArticleEntity Entity, int FirstToken, int EndToken);

/// <summary>
/// The subject of a speech verb. A person is preferred, then a state or organisation named as such, or a
/// nationality adjective beside an office that speaks for its state ("the Russian presidency"); the
/// nearer the better. Arabic and Hebrew news put the subject after the verb as often as before it;
/// English and Russian only when the verb follows a pause ("…," said Putin; «…», - заявил Путин) or
/// within a few words (said Russian President Putin). Never a speaker: a name governed by a
/// preposition ("told X", "с Путиным", "مع"), a name beyond the reported clause's opening word, a name
/// inside a quotation. A news agency there is a source, and the verb then has no speaker, unless it
/// relays a person named after "about" ("نقلت تاس عن شويغو قوله").
/// </summary>
internal sealed class SpeakerFinder(StatementText text, EntityGazetteer gazetteer)
{
    private const int MaxDistance = 12;
    private const int InversionDistance = 3;
    private const int PrepositionReach = 4;
    private const int InstitutionReach = 2;
    private const int SourceReach = 1;
    private const int ChainReach = 1;
    private const int CapitalPenalty = 20;
    /// <summary>Arabic and Hebrew put the subject first too: a name right before the verb, after at most an auxiliary
    /// ("وكانت الولايات المتحدة حذرت سوريا"), is its subject, whatever follows the verb.</summary>
    private const int SubjectOpensClause = 1;

    /// <summary>Preposition letters written together with a name ("لبوتين", "להרצוג") and the Arabic article, from <c>morphology.tsv</c>.</summary>
    private static readonly Lazy<(HashSet<char> Prepositions, string Article)> Clitics = new(() =>
    {
        var table = LexiconTable.Load("morphology");
        var prepositions = table.OfKind("preposition").Select(e => FoldedText.Key(e.Form)).Where(f => f.Length == 1).Select(f => f[0]).ToHashSet();
        return (prepositions, FoldedText.Key(table.OfKind("article", "ar").Select(e => e.Form).FirstOrDefault() ?? "ال"));
    });

    public SpeakerChoice? Find(SentenceFacts s, Trigger verb)
    {
        if (AccordingPhrase.At(text, s, verb) is { } phrase)
            return Named(s, phrase);
        bool verbFirst = text.Language is "ar" or "he";
        bool inverted = text.FollowsPause(verb.First);
        int from = ClauseStart(s, verb);
        SpeakerChoice? best = null;
        int bestScore = int.MaxValue;
        foreach (var m in s.Mentions)
        {
            int penalty = Penalty(s, m);
            if (penalty < 0 || text.InQuote(m.Mention.Start) || m.Mention.FirstToken < from)
                continue;
            if (verbFirst && m.Mention.EndToken == verb.First && m.Mention.FirstToken - from <= SubjectOpensClause && !inverted)
                return new SpeakerChoice(m.Entity, m.Mention.FirstToken, m.Mention.EndToken);
            bool after = m.Mention.FirstToken >= verb.End;
            int distance = after ? m.Mention.FirstToken - verb.End : verb.First - m.Mention.EndToken;
            if (distance < 0 || distance > MaxDistance)
                continue;
            if (after && !verbFirst && !inverted && distance > InversionDistance)
                continue;
            int lo = after ? verb.End : m.Mention.EndToken, hi = after ? m.Mention.FirstToken : verb.First;
            if (s.Triggers.Any(t => t.Kind == TriggerKind.Complementizer && t.First >= lo && t.First < hi) || GovernedByPreposition(s, m))
                continue;
            bool favoured = verbFirst || inverted ? after : !after;
            int score = penalty + distance + (favoured ? 0 : 3);
            if (score < bestScore)
            {
                bestScore = score;
                best = new SpeakerChoice(m.Entity, m.Mention.FirstToken, m.Mention.EndToken);
            }
        }
        if (best is not { Entity.Kind: EntityKind.Person } && QuotedPerson(s, verb) is { } quoted)
            return quoted;
        return best is { Entity.Kind: EntityKind.NewsAgency } ? null : best;
    }

    /// <summary>
    /// Where the sentence's main clause starts: after the comma closing a subordinate clause that opens the sentence
    /// ("وبعدما أكد براءة روسيا، قال إنه…", "After meeting Sisi, Putin said"), else at the sentence's first token.
    /// </summary>
    public int MainClauseStart(SentenceFacts s)
    {
        if (!s.Triggers.Any(t => t.Kind == TriggerKind.Subordinator && t.First - s.FirstToken <= SubjectOpensClause))
            return s.FirstToken;
        for (int k = s.FirstToken + 1; k < s.EndToken; k++)
        {
            if (text.CommaBefore(k) >= 0)
                return k;
        }
        return s.FirstToken;
    }

    /// <summary>The first token of the clause the verb stands in: the main clause's start, or the sentence's for a verb of the subordinate clause.</summary>
    public int ClauseStart(SentenceFacts s, Trigger verb) => MainClauseStart(s) is var clause && verb.First >= clause ? clause : s.FirstToken;

    /// <summary>
    /// "بحسب مينسك", "according to the Kremlin": the speaker is the best speaking name inside the phrase, or nobody. Only
    /// here does a capital stand for its government: elsewhere a city name is a place, or a state spelt alike (تونس).
    /// </summary>
    private SpeakerChoice? Named(SentenceFacts s, AccordingPhrase phrase)
    {
        SpeakerChoice? best = null;
        int bestPenalty = int.MaxValue;
        foreach (var m in s.Mentions)
        {
            if (m.Mention.FirstToken < phrase.NameFirst || m.Mention.EndToken > phrase.NameEnd || text.InQuote(m.Mention.Start))
                continue;
            int penalty = IsCapital(m) ? CapitalPenalty : Penalty(s, m);
            if (penalty >= 0 && penalty < bestPenalty)
                (best, bestPenalty) = (new SpeakerChoice(m.Entity, m.Mention.FirstToken, m.Mention.EndToken), penalty);
        }
        return best is { Entity.Kind: EntityKind.NewsAgency } ? null : best;
    }

    /// <summary>
    /// Is the verb's subject a source that names nobody ("according to customs data"): a news agency or a noun such as "source", "الشرطة",
    /// "источник" just before the verb or (where the subject may follow) just after it, relaying nobody's words
    /// ("نقلت القناة قوله" relays)? The words then have no speaker, and must not be handed to the person the
    /// text spoke of before.
    /// </summary>
    public bool NamesSource(SentenceFacts s, Trigger verb)
    {
        if (AccordingNamesNobody(s, verb) is { } nobody)
            return nobody;
        if (s.Triggers.Any(t => t.Kind == TriggerKind.Relay && t.First >= verb.End))
            return false;
        bool mayFollow = text.Language is "ar" or "he" || text.FollowsPause(verb.First);
        bool Near(int first, int end) =>
            (end <= verb.First && verb.First - end <= SourceReach) || (mayFollow && first >= verb.End && first - verb.End <= SourceReach);
        return s.Triggers.Any(t => t.Kind == TriggerKind.Source && Near(t.First, t.End))
            || s.Mentions.Any(m => m.Entity.Kind == EntityKind.NewsAgency && !text.InQuote(m.Mention.Start) && Near(m.Mention.FirstToken, m.Mention.EndToken));
    }

    /// <summary>"according to customs data": a phrase that names its speaker, and names nobody; the text's speaker goes on after it.</summary>
    public bool AttributesToNobody(SentenceFacts s, Trigger verb) => AccordingNamesNobody(s, verb) == true;

    /// <summary>Null when the verb is no "according" phrase, else whether its phrase names nobody.</summary>
    private bool? AccordingNamesNobody(SentenceFacts s, Trigger verb) =>
        AccordingPhrase.At(text, s, verb) is { } phrase ? Named(s, phrase) is null : null;

    /// <summary>
    /// "بحسب ما ذكرته وسائل الإعلام", "according to what the media reported": the verb is chained to a second verb of
    /// saying whose subject is a source, so the words are the source's, whoever else the sentence names.
    /// </summary>
    public bool ChainedToSource(SentenceFacts s, Trigger verb) =>
        s.Triggers.Any(t => t.Kind is TriggerKind.Speech or TriggerKind.WeakSpeech && t.First >= verb.End && t.First - verb.End <= ChainReach && NamesSource(s, t));

    /// <summary>"نقلت تاس عن شويغو قوله": an agency or office relays the words of the person named after "عن".</summary>
    private SpeakerChoice? QuotedPerson(SentenceFacts s, Trigger verb)
    {
        foreach (var m in s.Mentions)
        {
            if (m.Entity.Kind == EntityKind.Person && m.Mention.FirstToken >= verb.End && m.Mention.FirstToken - verb.End <= MaxDistance
                && !text.InQuote(m.Mention.Start) && s.Triggers.Any(t => t.Kind == TriggerKind.About && t.End == m.Mention.FirstToken))
                return new SpeakerChoice(m.Entity, m.Mention.FirstToken, m.Mention.EndToken);
        }
        return null;
    }

    private bool IsCapital(ResolvedMention m) => m.Mention.Kind != MentionKind.Demonym && gazetteer.CapitalState(m.Entity.Iri) is not null;

    private static int Penalty(SentenceFacts s, ResolvedMention m) => m.Entity.Kind switch
    {
        EntityKind.Person or EntityKind.NewsAgency => 0,
        EntityKind.State or EntityKind.Organization when m.Mention.Kind != MentionKind.Demonym => 20,
        EntityKind.State when NextToInstitution(s, m) => 20,
        _ => -1,
    };

    /// <summary>"وزارة الخارجية الروسية", "the Russian presidency": the adjective stands for its state only beside an office.</summary>
    private static bool NextToInstitution(SentenceFacts s, ResolvedMention m) =>
        s.Triggers.Any(t => t.Kind == TriggerKind.Institution
            && (t.End <= m.Mention.FirstToken ? m.Mention.FirstToken - t.End : t.First - m.Mention.EndToken) is >= 0 and <= InstitutionReach);

    /// <summary>
    /// A capitalised word between the preposition and the name is a name of its own that the preposition governs
    /// ("В Париже Трамп заявил"), even when it resolves to no entity; scripts without capitals never match.
    /// </summary>
    private static bool NamesSomethingElse(ReadOnlySpan<char> between)
    {
        for (int i = 0; i < between.Length; i++)
        {
            if (char.IsUpper(between[i]) && (i == 0 || !char.IsLetter(between[i - 1])))
                return true;
        }
        return false;
    }

    /// <summary>A preposition written with the name ("لبوتين"), or a few words before it ("مع نظيره القطري محمد", "со своим турецким коллегой Эрдоганом"),
    /// with no pause, other name or date between them ("In Moscow, Putin said", "в пятницу Путин заявил").</summary>
    private bool GovernedByPreposition(SentenceFacts s, ResolvedMention m)
    {
        var (prepositions, article) = Clitics.Value;
        var proclitics = m.Mention.Proclitics.EndsWith(article, StringComparison.Ordinal) ? m.Mention.Proclitics[..^article.Length] : m.Mention.Proclitics;
        if (proclitics.Any(prepositions.Contains))
            return true;
        foreach (var t in s.Triggers)
        {
            if (t.Kind != TriggerKind.Preposition || t.End > m.Mention.FirstToken || m.Mention.FirstToken - t.End > PrepositionReach)
                continue;
            int from = text.End(t.End - 1), to = m.Mention.Start;
            var between = text.Value.AsSpan(from, to - from);
            if (between.IndexOfAny(',', '،') >= 0 || NamesSomethingElse(between)
                || s.Mentions.Any(o => o.Mention.Kind != MentionKind.Demonym && o.Mention.FirstToken >= t.End && o.Mention.FirstToken < m.Mention.FirstToken)
                || s.Dates.Any(d => s.Sentence.Start + d.Start >= from && s.Sentence.Start + d.Start < to))
                continue;
            return true;
        }
        return false;
    }
}
