using NewsGraph.Extraction.Dates;
using NewsGraph.Extraction.Gazetteer;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// Finds visits, meetings and calls sentence by sentence: a trigger word (visit, host, meet,
/// call) with at least two actors named in the sentence. Negated or hypothetical triggers are
/// skipped. Participants are pooled generously (every person and state the sentence names), since
/// a sentence that reports talks names the parties; the visitor, host and place are chosen by
/// position relative to the trigger.
/// </summary>
internal sealed class EventExtractor
{
    private readonly EntityResolver _entities;
    private readonly EntityGazetteer _gazetteer;
    private readonly HashSet<Mentions.Mention> _datelines = [];
    /// <summary>Indexes of the sentences that name a date, resolved or not.</summary>
    private readonly HashSet<int> _dated = [];

    public EventExtractor(EntityResolver entities, EntityGazetteer gazetteer)
    {
        _entities = entities;
        _gazetteer = gazetteer;
    }

    public List<EventFact> Extract(List<SentenceFacts> sentences, DateOnly? published, string text)
    {
        // "BEIRUT, LEBANON (11:20 A.M.) –": a city in capitals is the dateline, where the report was filed, not where events happen.
        foreach (var s in sentences)
            _datelines.UnionWith(Cities(s).Where(m => IsInCapitals(text.AsSpan(m.Mention.Start, m.Mention.End - m.Mention.Start))).Select(m => m.Mention));
        _dated.UnionWith(sentences.Where(s => s.Dates.Count > 0).Select(s => s.Sentence.Index));
        var events = new List<EventFact>();
        var context = new ArticleContext();
        foreach (var s in sentences)
        {
            context.Read(s);
            var asserted = s.Triggers.Where(t => t.Kind is TriggerKind.Visit or TriggerKind.Host or TriggerKind.Meet or TriggerKind.Call && !s.IsNegatedAt(t.First) && !VisitsASite(s, t)).ToList();
            if (asserted.Count == 0)
                continue;
            var persons = Distinct(s.Mentions.Where(m => m.Entity.Kind == EntityKind.Person && !IsCompanion(s, m)));
            var states = Distinct(s.Mentions.Where(m => m.Entity.Kind == EntityKind.State));
            var actors = persons.Concat(states).Select(m => m.Entity).Distinct().ToList();
            // "between them", "their meeting": the parties are the pair the article last joined.
            if (persons.Count < 2 && s.Has(TriggerKind.Pair))
                actors.InsertRange(0, context.LastPair.Where(p => !actors.Contains(p)).ToList());
            // "ויפגשו עם נשיא צ'כיה", "he will meet Putin": the unnamed subject is the article's protagonist.
            int talk = asserted.FindIndex(t => t.Kind is TriggerKind.Meet or TriggerKind.Call);
            // A person named in a relative clause after the word ("the attack that targeted Skripal") is no partner.
            if (persons.Count == 1 && actors.Count(a => a.Kind == EntityKind.Person) == 1 && talk >= 0 && persons[0].Mention.FirstToken >= asserted[talk].End
                && !s.Triggers.Any(r => r.Kind == TriggerKind.Relative && r.First >= asserted[talk].End && r.End <= persons[0].Mention.FirstToken)
                && context.Protagonists.FirstOrDefault(p => p != persons[0].Entity) is { } subject)
                actors.Insert(0, subject);
            // "قبل أن يتوجه الأحد إلى إسرائيل": a trip to a named state without a named traveller is the protagonist's.
            if (persons.Count == 0 && asserted.Any(t => t.Kind == TriggerKind.Visit && DestinationState(s, t, states) is not null)
                && context.Protagonists.FirstOrDefault() is { } traveller)
                actors.Insert(0, traveller);
            int personCount = actors.Count(a => a.Kind == EntityKind.Person);
            // One traveller and a city is enough for a visit: the city's state is the host.
            bool lone = actors.Count < 2 && !(persons.Count == 1 && Cities(s).Any());
            if (lone || actors.Count == 0)
            {
                DateAnaphor(s, asserted, events, published);
                continue;
            }
            var status = StatusOf(s, asserted[0], published);
            int before = events.Count;
            if (asserted.Any(t => t.Kind == TriggerKind.Call))
            {
                // A call is between people: two named persons (titles of persons named elsewhere count).
                if (personCount >= 2)
                    events.Add(New(EventType.PhoneCall, "041", actors, s, asserted[0], status));
                // "discussed by phone": the meeting words describe the call
            }
            else
            {
                var used = new HashSet<ArticleEntity>();
                foreach (var trigger in asserted.Where(t => t.Kind is TriggerKind.Visit or TriggerKind.Host))
                    events.AddRange(Visits(s, asserted, trigger, persons, states, actors, StatusOf(s, trigger, published), context, used));
                events.AddRange(Meetings(s, asserted, persons, states, actors, published, context));
            }
            if (events.Count == before)
                DateAnaphor(s, asserted, events, published);
            for (int i = before; i < events.Count; i++)
                context.Remember(events[i]);
        }
        // "his meeting with Putin, expected ..., he tweeted on Monday": a scheduled event is not dated before its report.
        foreach (var e in events.Where(e => e.Status == EventStatus.Planned && published is { } p && e.Start is { } d && IsBefore(d, p)))
            (e.Start, e.End) = (null, null);
        var merged = Merge(events);
        // Only after merging (so that it cannot keep two reports of one event apart): an event
        // without a date of its own takes the day the text last named, or the publication day.
        foreach (var e in merged)
        {
            if (e.Start is null && sentences[e.Evidence[0].Index].ContextDate is { Value: { } day } contextDate)
            {
                // "will visit in May. After the meeting today ...": what has happened cannot take a day still to come.
                bool future = published is { } p && IsAfter(day, p);
                (e.Start, e.End) = future && e.Status == EventStatus.Occurred ? (PartialDate.Of(published!.Value), null) : (day, contextDate.End);
            }
        }
        SharePlaces(merged, sentences);
        PlaceAtStays(merged, sentences);
        PlaceInCapitalOrState(merged, sentences);
        return merged;
    }

    private IEnumerable<ResolvedMention> Cities(SentenceFacts s) =>
        s.Mentions.Where(m => m.Entity.Kind == EntityKind.City && !_datelines.Contains(m.Mention) && !Paired(s, m));

    /// <summary>A city named just after "between" ("между Киевом и Москвой") stands for a party, not for a place.</summary>
    private static bool Paired(SentenceFacts s, ResolvedMention m) =>
        s.Triggers.Any(t => t.Kind == TriggerKind.Between && t.End <= m.Mention.FirstToken && m.Mention.FirstToken - t.End <= PairReach);

    /// <summary>"between X and Y": the second city is two words after the first ("и Москвой"), or one where "and" is a prefix ("وكييف").</summary>
    private const int PairReach = 2;

    private static bool IsInCapitals(ReadOnlySpan<char> name)
    {
        int letters = 0;
        foreach (var c in name)
        {
            if (char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c)))
                return false;
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /// <summary>
    /// A visit and the talks held during it happen in one place, which often only one of the two
    /// sentences names: a visit takes the place of a meeting of its visitor with a person of the
    /// host state, else the host state's city the article names nearest to it ("arrived in Jordan"
    /// ... "in Amman"); a meeting of the visitor with someone of the host state takes the visit's place.
    /// </summary>
    private void SharePlaces(List<EventFact> events, List<SentenceFacts> sentences)
    {
        var visits = events.Where(e => e.Type == EventType.Visit && e.Visitor is not null && e.Host is not null).ToList();
        var meetings = events.Where(e => e.Type == EventType.Meeting).ToList();
        foreach (var visit in visits.Where(v => v.Place is null))
        {
            visit.Place = meetings.Where(m => m.Place is not null && CountryOf(m.Place) == visit.Host && During(visit, m) && m.Participants.Contains(visit.Visitor!)
                    && m.Participants.Any(p => StateOf(p) == visit.Host))
                .Select(m => m.Place).FirstOrDefault()
                ?? NearestCity(sentences, visit.Evidence[0].Index, visit.Host!);
        }
        foreach (var meeting in meetings.Where(m => m.Place is null))
        {
            var trips = visits.Where(v => v.Place is not null && During(v, meeting) && meeting.Participants.Contains(v.Visitor!)).ToList();
            // Talks with someone of the host state are at the visit; talks with foreigners are too
            // when the traveller made only that one trip (a summit abroad), but not with compatriots.
            meeting.Place = trips.Where(v => meeting.Participants.Any(p => p != v.Visitor && (p == v.Host || StateOf(p) == v.Host)))
                .Select(v => v.Place).FirstOrDefault()
                ?? (trips.Select(v => v.Place).Distinct().Count() == 1 && trips.Select(v => v.Visitor).Distinct().Count() == 1
                    && meeting.Participants.Where(p => p.Kind == EntityKind.Person && p != trips[0].Visitor).All(p => StateOf(p) is { } home && home != StateOf(trips[0].Visitor))
                    ? trips[0].Place : null);
        }
    }

    /// <summary>"Sandu is in Baku ... she had meetings there": talks of a person without a place of
    /// their own happen in the city the text says the person is at (the nearest such sentence).</summary>
    private void PlaceAtStays(List<EventFact> events, List<SentenceFacts> sentences)
    {
        var stays = new List<(int Index, ArticleEntity Person, ArticleEntity City)>();
        foreach (var s in sentences)
        {
            foreach (var stay in s.Triggers.Where(t => t.Kind == TriggerKind.Stay && !s.IsNegatedAt(t.First)))
            {
                var person = s.Mentions.Where(m => m.Entity.Kind == EntityKind.Person && m.Mention.EndToken <= stay.First).Select(m => m.Entity).LastOrDefault();
                var city = Cities(s).Where(m => m.Mention.FirstToken >= stay.End && m.Mention.FirstToken - stay.End <= DestinationReach).Select(m => m.Entity).FirstOrDefault();
                if (person is not null && city is not null)
                    stays.Add((s.Sentence.Index, person, city));
            }
        }
        foreach (var meeting in events.Where(e => e.Type == EventType.Meeting && e.Place is null && e.Status == EventStatus.Occurred))
        {
            int index = meeting.Evidence[0].Index;
            meeting.Place = stays.Where(st => meeting.Participants.Contains(st.Person)).OrderBy(st => Math.Abs(st.Index - index)).Select(st => st.City).FirstOrDefault();
        }
    }

    /// <summary>
    /// "اجتماع مع ليبرمان في العاصمة الروسية", "met on the sidelines of a summit in Uzbekistan": an event still without a place
    /// takes the capital its sentence names through a demonym, or (talks only) the state its sentence puts them in.
    /// </summary>
    private void PlaceInCapitalOrState(List<EventFact> events, List<SentenceFacts> sentences)
    {
        foreach (var e in events.Where(e => e.Place is null))
        {
            var evidence = e.Evidence.Select(x => sentences[x.Index]).ToList();
            e.Place = evidence.SelectMany(NamedCapitals).FirstOrDefault(c => e.Type != EventType.Visit || CountryOf(c) == e.Host)
                ?? (e.Type == EventType.Meeting ? evidence.SelectMany(LocatedStates).FirstOrDefault(st => !e.Participants.Contains(st)) : null);
        }
    }

    /// <summary>"العاصمة الروسية", "the Russian capital", "российской столице": the capital of the state whose demonym is beside the word.</summary>
    private IEnumerable<ArticleEntity> NamedCapitals(SentenceFacts s)
    {
        foreach (var t in s.Triggers.Where(t => t.Kind == TriggerKind.Capital))
        {
            foreach (var m in s.Mentions)
            {
                if (m.Mention.Kind == Mentions.MentionKind.Demonym && m.Entity.Kind == EntityKind.State
                    && (m.Mention.FirstToken == t.End || m.Mention.EndToken == t.First)
                    && _gazetteer.Find(m.Entity.Iri) is { Capital: { } capital } && _gazetteer.Find(capital) is { } city)
                    yield return _entities.For(city);
            }
        }
    }

    /// <summary>A state named right after "in" ("في أوزبكستان", "in Singapore", "в Казахстане").</summary>
    private static IEnumerable<ArticleEntity> LocatedStates(SentenceFacts s) =>
        from m in s.Mentions
        where m.Entity.Kind == EntityKind.State && m.Mention.Kind != Mentions.MentionKind.Demonym
            && s.Triggers.Any(t => t.Kind == TriggerKind.Locative && t.End == m.Mention.FirstToken)
        select m.Entity;

    private static bool During(EventFact visit, EventFact meeting) => visit.Status == meeting.Status && Compatible(visit.Start, meeting.Start);

    /// <summary>The city of <paramref name="state"/> named in the sentence nearest to sentence <paramref name="index"/>.</summary>
    private ArticleEntity? NearestCity(List<SentenceFacts> sentences, int index, ArticleEntity state) =>
        sentences.SelectMany(s => Cities(s).Where(m => CountryOf(m.Entity) == state).Select(m => (s.Sentence.Index, m.Entity)))
            .OrderBy(c => Math.Abs(c.Index - index)).ThenBy(c => c.Index < index ? 1 : 0)
            .Select(c => c.Entity).FirstOrDefault();

    /// <summary>
    /// "... the agenda of the summit, set for 12 June in Singapore": a meeting word that names no
    /// parties gives its date (and place) to the last undated meeting of the same tense.
    /// </summary>
    private void DateAnaphor(SentenceFacts s, List<Trigger> asserted, List<EventFact> events, DateOnly? published)
    {
        foreach (var trigger in asserted.Where(t => t.Kind == TriggerKind.Meet))
        {
            var (start, end) = DateOf(s, trigger);
            if (start is not { } date)
                continue;
            var status = StatusOf(s, trigger, published);
            var meeting = events.LastOrDefault(e => e.Type == EventType.Meeting && e.Start is null && e.Status == status);
            if (meeting is null)
                continue;
            (meeting.Start, meeting.End) = (date, end);
            // Only a city after the word is the summit's: one before it is where its agenda is discussed.
            meeting.Place ??= Cities(s).Where(m => m.Mention.FirstToken >= trigger.End).Select(m => m.Entity).FirstOrDefault();
            return;
        }
    }

    /// <summary>"Herzog and his wife Michal will fly to Prague": a person named right after a spouse word travels and meets as a companion, not as a party.</summary>
    private static bool IsCompanion(SentenceFacts s, ResolvedMention person) =>
        s.Triggers.Any(t => t.Kind == TriggerKind.Companion && t.End <= person.Mention.FirstToken && person.Mention.FirstToken - t.End <= 1);

    /// <summary>"experts prepare to visit a site in Douma": a visit word whose object is a site (at most one word between) visits no state.</summary>
    private static bool VisitsASite(SentenceFacts s, Trigger trigger) =>
        trigger.Kind == TriggerKind.Visit && s.Triggers.Any(t => t.Kind == TriggerKind.Site && t.First >= trigger.End && t.First - trigger.End <= 1);

    private static EventStatus StatusOf(SentenceFacts s, Trigger trigger, DateOnly? published) =>
        s.Triggers.Any(f => f.Kind == TriggerKind.Future && InClauseOf(s, trigger, s.TriggerOffset(f))) || (published is { } p && DateOf(s, trigger).Start is { } d && IsAfter(d, p)) ? EventStatus.Planned : EventStatus.Occurred;

    /// <summary>
    /// Meetings of a sentence. One meeting word makes one meeting of everyone named; several
    /// ("received X before the latter met Y") or a distributive one ("meetings with", "each of")
    /// make one per trigger, between the person before it and each person after it.
    /// </summary>
    private IEnumerable<EventFact> Meetings(SentenceFacts s, List<Trigger> asserted, List<ResolvedMention> persons, List<ResolvedMention> states,
        List<ArticleEntity> actors, DateOnly? published, ArticleContext context)
    {
        var triggers = asserted.Where(t => t.Kind is TriggerKind.Meet or TriggerKind.Host).ToList();
        if (triggers.Count == 0)
            yield break;
        bool each = s.Has(TriggerKind.Each);
        // Without persons named in the sentence ("the two presidents met ... their first meeting since") the words cannot be told apart by their subjects.
        if ((triggers.Count == 1 || persons.Count == 0) && !each)
        {
            var trigger = triggers[0];
            bool hasVisit = asserted.Any(t => t.Kind is TriggerKind.Visit or TriggerKind.Host);
            int personCount = actors.Count(a => a.Kind == EntityKind.Person);
            // A person and a state meet when the state is named just after the meeting word ("met with Tunisia's ...");
            // a state named elsewhere in the sentence is a topic ("urged Russia to bring Syria to the negotiating table").
            if (personCount >= 2 || (!hasVisit && persons.Count == 1 && states.Any(m => m.Mention.Kind == Mentions.MentionKind.Name && m.Entity != StateOf(persons[0].Entity)
                    && m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken - trigger.End <= HostReach)))
            {
                // Between named persons the states of the sentence are their titles' ("Russian President Putin")
                // or places' ("in Davos, Switzerland"), not further parties.
                var parties = personCount >= 2 ? actors.Where(a => a.Kind == EntityKind.Person).ToList() : actors;
                var meeting = New(EventType.Meeting, "040", parties, s, trigger, StatusOf(s, trigger, published));
                meeting.Place = PlaceOf(s, trigger, s.FirstToken, s.EndToken);
                yield return meeting;
            }
            yield break;
        }
        foreach (var trigger in triggers)
        {
            var (_, to) = Window(s, asserted, trigger);
            var subject = persons.Where(m => m.Mention.EndToken <= trigger.First).Select(m => m.Entity).LastOrDefault();
            var others = persons.Where(m => m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken < to && m.Entity != subject).Select(m => m.Entity).ToList();
            if (subject is null && others.Count >= 2)
            {
                subject = others[0];
                others.RemoveAt(0);
            }
            // "ויפגשו עם נשיא צ'כיה": a verb without a named subject is the article's protagonist's.
            if (subject is null && persons.Count == others.Count)
                subject = context.Protagonists.FirstOrDefault(p => !others.Contains(p));
            if (subject is null || others.Count == 0)
                continue;
            var status = StatusOf(s, trigger, published);
            var groups = each ? others.Select(o => new List<ArticleEntity> { subject, o }) : [[subject, .. others]];
            foreach (var group in groups)
            {
                var meeting = New(EventType.Meeting, "040", group, s, trigger, status);
                meeting.Place = PlaceOf(s, trigger, s.FirstToken, s.EndToken);
                yield return meeting;
            }
        }
    }

    /// <summary>
    /// The visits one visit or host word reports: the traveller is the person nearest the word
    /// (not one already travelling in this sentence, not a native of the host state, else the
    /// person the article is about); the host is the state named after the word ("to Israel and
    /// Jordan" makes two visits), else the state of the nearest city.
    /// </summary>
    private IEnumerable<EventFact> Visits(SentenceFacts s, List<Trigger> asserted, Trigger trigger, List<ResolvedMention> persons, List<ResolvedMention> states,
        List<ArticleEntity> actors, EventStatus status, ArticleContext context, HashSet<ArticleEntity> used)
    {
        var (from, to) = Window(s, asserted, trigger);
        var place = PlaceOf(s, trigger, from, to);
        if (trigger.Kind == TriggerKind.Host)
        {
            // "X received Y": the host is before the trigger, the visitors after it.
            var host = persons.Where(m => m.Mention.EndToken <= trigger.First).Select(m => m.Entity).LastOrDefault();
            var after = persons.Where(m => m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken < to).Select(m => m.Entity).ToList();
            // Verb first ("استقبل X Y"): the host is the first person after the verb, the visitors the next.
            if (host is null && after.Count >= 2)
                host = after[0];
            var state = StateOf(host) ?? CountryOf(place);
            if (state is null)
                yield break;
            foreach (var visitor in after.Where(p => p != host && StateOf(p) != state))
            {
                used.Add(visitor);
                yield return NewVisit(s, trigger, "043", actors, visitor, state, place, status);
            }
            yield break;
        }
        var candidates = persons
            .OrderBy(m => m.Mention.FirstToken >= from && m.Mention.FirstToken < to ? 0 : 1)
            .ThenBy(m => used.Contains(m.Entity) ? 1 : 0)
            .ThenBy(m => Distance(m, trigger))
            .Select(m => m.Entity)
            .Concat(context.Protagonists.Take(1));
        foreach (var visitor in candidates)
        {
            var hosts = Hosts(s, trigger, to, states, place, StateOf(visitor));
            if (hosts.Count == 0)
                continue;
            used.Add(visitor);
            foreach (var host in hosts)
                yield return NewVisit(s, trigger, "042", actors, visitor, host, CountryOf(place) == host ? place : null, status);
            yield break;
        }
    }

    /// <summary>The visited states: the state named after the trigger and any joined to it
    /// ("Israel and Jordan"), but not a title's state ("President of Iran Raisi"); else the place's state.</summary>
    private List<ArticleEntity> Hosts(SentenceFacts s, Trigger trigger, int to, List<ResolvedMention> states, ArticleEntity? place, ArticleEntity? home)
    {
        var hosts = new List<ArticleEntity>();
        int chainEnd = -1;
        foreach (var m in states)
        {
            if (m.Mention.FirstToken < trigger.End || m.Mention.FirstToken >= to || m.Mention.FirstToken - trigger.End > HostReach
                || m.Mention.Kind != Mentions.MentionKind.Name || m.Entity == home || IsTitleState(s, m))
                continue;
            if (hosts.Count > 0 && m.Mention.FirstToken > chainEnd + 1)
                break;
            hosts.Add(m.Entity);
            chainEnd = m.Mention.EndToken;
        }
        if (hosts.Count == 0 && CountryOf(place) is { } country && country != home)
            hosts.Add(country);
        // "visited the Saudi capital": an adjective right after the word.
        if (hosts.Count == 0 && states.Where(m => m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken < to && m.Mention.FirstToken - trigger.End <= DestinationReach
                && m.Entity != home && !IsTitleState(s, m)).Select(m => m.Entity).FirstOrDefault() is { } demonym)
            hosts.Add(demonym);
        return hosts;
    }

    /// <summary>A state that belongs to the person named right after it ("נשיא איראן אברהים ראיסי").</summary>
    private static bool IsTitleState(SentenceFacts s, ResolvedMention state) =>
        s.Mentions.Any(m => m.Entity.Kind == EntityKind.Person && m.Mention.FirstToken >= state.Mention.EndToken && m.Mention.FirstToken <= state.Mention.EndToken + 1);

    private EventFact NewVisit(SentenceFacts s, Trigger trigger, string cameo, List<ArticleEntity> actors, ArticleEntity visitor, ArticleEntity host, ArticleEntity? place, EventStatus status)
    {
        var e = New(EventType.Visit, cameo, actors, s, trigger, status);
        e.Visitor = visitor;
        e.Host = host;
        foreach (var p in new[] { visitor, host })
            if (!e.Participants.Contains(p)) e.Participants.Add(p);
        e.Place = place;
        return e;
    }

    /// <summary>The tokens that belong to a trigger: from the end of the event word before it to the start of the next.</summary>
    private static (int From, int To) Window(SentenceFacts s, List<Trigger> asserted, Trigger trigger)
    {
        int from = s.FirstToken, to = s.EndToken;
        foreach (var t in asserted)
        {
            if (t.End <= trigger.First) from = Math.Max(from, t.End);
            else if (t.First >= trigger.End) to = Math.Min(to, t.First);
        }
        return (from, to);
    }

    /// <summary>Where a trigger happens: the destination a few words after it ("زيارة الرئيس الصيني
    /// لموسكو"), else the city nearest it within [from, to), else any city of the sentence outside a
    /// relative clause opened after the trigger.</summary>
    private ArticleEntity? PlaceOf(SentenceFacts s, Trigger trigger, int from, int to)
    {
        // A relative clause after the trigger ("Kim, who made overtures to Seoul") tells of other doings.
        int clauseEnd = s.Triggers.Where(t => t.Kind == TriggerKind.Relative && t.First >= trigger.End).Select(t => t.First).DefaultIfEmpty(s.EndToken).Min();
        var inClause = Cities(s).Where(m => m.Mention.FirstToken < clauseEnd).ToList();
        var cities = inClause.Where(m => m.Mention.FirstToken >= from && m.Mention.FirstToken < to).ToList();
        return cities.Where(m => m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken - trigger.End <= DestinationReach).Select(m => m.Entity).FirstOrDefault()
            ?? cities.OrderBy(m => Distance(m, trigger)).ThenBy(m => m.Mention.FirstToken < trigger.First ? 1 : 0).Select(m => m.Entity).FirstOrDefault()
            ?? inClause.Where(m => m.Mention.FirstToken >= trigger.First).Concat(inClause).Select(m => m.Entity).FirstOrDefault();
    }

    /// <summary>How many words may stand between a visit word and its destination ("to the Chinese capital Beijing").</summary>
    private const int DestinationReach = 3;

    /// <summary>How far after a visit word a named state is still its destination ("في زيارة دولة هي الأولى له إلى روسيا").</summary>
    private const int HostReach = 7;

    private static int Distance(ResolvedMention m, Trigger t) =>
        m.Mention.FirstToken >= t.End ? m.Mention.FirstToken - t.End : t.First - m.Mention.EndToken;

    private static EventFact New(EventType type, string cameo, List<ArticleEntity> actors, SentenceFacts s, Trigger trigger, EventStatus status)
    {
        var (start, end) = DateOf(s, trigger);
        return new()
        {
            Type = type, Cameo = cameo, Participants = [.. actors], Evidence = [s.Sentence], Start = start, End = end, Status = status,
            Confidence = actors.Count(a => a.Kind == EntityKind.Person) >= 2 ? 0.8 : 0.6,
        };
    }

    /// <summary>Whether the text at <paramref name="offset"/> belongs to the trigger's clause: words
    /// reported after it are not ("after the meeting he said that the president will visit in May").</summary>
    private static bool InClauseOf(SentenceFacts s, Trigger trigger, int offset)
    {
        int at = s.TriggerOffset(trigger);
        return !s.Triggers.Any(c => c.Kind == TriggerKind.Complementizer && s.TriggerOffset(c) > at && s.TriggerOffset(c) < offset);
    }

    /// <summary>The resolved date nearest the trigger in its clause.</summary>
    private static (PartialDate? Start, PartialDate? End) DateOf(SentenceFacts s, Trigger trigger)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        int at = s.TriggerOffset(trigger);
        foreach (var d in s.Dates)
        {
            int offset = s.Sentence.Start + d.Start;
            if (d.Value is null || !InClauseOf(s, trigger, offset))
                continue;
            int distance = Math.Abs(offset - at);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = d;
            }
        }
        return best is null ? (null, null) : (best.Value, best.End);
    }

    private static bool IsAfter(PartialDate date, DateOnly published) =>
        date.Year > published.Year
        || (date.Year == published.Year && date.Month is { } m && (m > published.Month || (m == published.Month && date.Day is { } day && day > published.Day)));

    private static bool IsBefore(PartialDate date, DateOnly published) =>
        date.Year < published.Year
        || (date.Year == published.Year && date.Month is { } m && (m < published.Month || (m == published.Month && date.Day is { } day && day < published.Day)));

    /// <summary>A state named by name a few words after a visit word: its destination.</summary>
    private static ArticleEntity? DestinationState(SentenceFacts s, Trigger trigger, List<ResolvedMention> states) =>
        states.Where(m => m.Mention.Kind == Mentions.MentionKind.Name && m.Mention.FirstToken >= trigger.End && m.Mention.FirstToken - trigger.End <= DestinationReach)
            .Select(m => m.Entity).FirstOrDefault();

    private ArticleEntity? CountryOf(ArticleEntity? city) =>
        city?.Known?.Country is { } c && _gazetteer.Find(c) is { } state ? _entities.For(state) : null;

    private ArticleEntity? StateOf(ArticleEntity? person)
    {
        if (person?.Known is null)
            return person?.OfState is { } s && _gazetteer.Find(s) is { } st ? _entities.For(st) : null;
        var tenure = person.Known.Tenures.FirstOrDefault(t => t.Of is not null && _gazetteer.Find(t.Of) is { Kind: EntityKind.State });
        return tenure is null ? null : _entities.For(_gazetteer.Find(tenure.Of!)!);
    }

    private static List<ResolvedMention> Distinct(IEnumerable<ResolvedMention> mentions)
    {
        var seen = new HashSet<ArticleEntity>();
        return mentions.Where(m => seen.Add(m.Entity)).ToList();
    }

    /// <summary>One article often reports an event twice (headline and body): same type, the same
    /// persons (or, without persons, the same states) and compatible dates make one event.</summary>
    private List<EventFact> Merge(List<EventFact> events)
    {
        var merged = new List<EventFact>();
        foreach (var e in events)
        {
            var same = merged.FirstOrDefault(m => m.Type == e.Type && SameParties(m, e) && Compatible(m.Start, e.Start)
                && (m.Place is null || e.Place is null || m.Place == e.Place)
                // "will meet ... met last March": a planned and a past event are two, but a headline's tense says little,
                // nor does a mention with neither date nor mark of the future ("Washington preempted the Chinese president's visit to Moscow").
                && (m.Status == e.Status || m.Evidence[0].Index == 0 || e.Evidence[0].Index == 0 || IsUntimed(m) || IsUntimed(e)));
            if (same is null)
            {
                merged.Add(e);
                continue;
            }
            if (same.Evidence[0].Index == 0 || IsUntimed(same))
                same.Status = e.Status; // the body's tense, not the headline's; a timed report's, not an untimed one's
            foreach (var p in e.Participants)
                if (!same.Participants.Contains(p)) same.Participants.Add(p);
            same.Evidence.AddRange(e.Evidence);
            same.Start ??= e.Start;
            same.End ??= e.End;
            same.Place ??= e.Place;
            same.Visitor ??= e.Visitor;
            same.Host ??= e.Host;
            same.Confidence = Math.Min(0.95, Math.Max(same.Confidence, e.Confidence) + 0.05);
        }
        return merged;
    }

    /// <summary>Reported in sentences that name no date (not even one that cannot be resolved, "last March") and with no
    /// mark of the future: its tense is only the default, not the text's.</summary>
    private bool IsUntimed(EventFact e) => e.Start is null && e.Status == EventStatus.Occurred && e.Evidence.All(s => !_dated.Contains(s.Index));

    private static bool SameParties(EventFact a, EventFact b)
    {
        if (a.Type == EventType.Visit && a.Visitor is not null && b.Visitor is not null && a.Host is not null && b.Host is not null)
            return a.Visitor == b.Visitor && a.Host == b.Host; // "Israel and Jordan": two visits
        var pa = a.Participants.Where(p => p.Kind == EntityKind.Person).ToHashSet();
        var pb = b.Participants.Where(p => p.Kind == EntityKind.Person).ToHashSet();
        if (pa.Count >= 2 && pb.Count >= 2)
            return pa.Intersect(pb).Count() >= 2;
        if (a.Type == EventType.Visit && a.Visitor is not null && a.Visitor == b.Visitor && a.Host == b.Host)
            return true;
        var sa = a.Participants.ToHashSet();
        return sa.SetEquals(b.Participants);
    }

    private static bool Compatible(PartialDate? a, PartialDate? b) =>
        a is null || b is null || a.Value.ToString().StartsWith(b.Value.ToString(), StringComparison.Ordinal) || b.Value.ToString().StartsWith(a.Value.ToString(), StringComparison.Ordinal);
}
