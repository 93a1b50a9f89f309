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

    public EventExtractor(EntityResolver entities, EntityGazetteer gazetteer)
    {
        _entities = entities;
        _gazetteer = gazetteer;
    }

    public List<EventFact> Extract(List<SentenceFacts> sentences, DateOnly? published)
    {
        var events = new List<EventFact>();
        foreach (var s in sentences)
        {
            var asserted = s.Triggers.Where(t => t.Kind is TriggerKind.Visit or TriggerKind.Host or TriggerKind.Meet or TriggerKind.Call && !s.IsNegatedAt(t.First)).ToList();
            if (asserted.Count == 0)
                continue;
            var persons = Distinct(s.Mentions.Where(m => m.Entity.Kind == EntityKind.Person));
            var states = Distinct(s.Mentions.Where(m => m.Entity.Kind == EntityKind.State));
            var actors = persons.Concat(states).Select(m => m.Entity).Distinct().ToList();
            // One traveller and a city is enough for a visit: the city's state is the host.
            bool lone = actors.Count < 2 && !(persons.Count == 1 && s.Mentions.Any(m => m.Entity.Kind == EntityKind.City));
            if (lone || actors.Count == 0)
                continue;
            var (start, end) = DateOf(s, asserted[0]);
            var status = s.Has(TriggerKind.Future) || (published is { } p && start is { } d && IsAfter(d, p)) ? EventStatus.Planned : EventStatus.Occurred;
            bool call = asserted.Any(t => t.Kind == TriggerKind.Call);
            if (call)
            {
                // A call is between people: two named persons (titles of persons named elsewhere count).
                if (persons.Count >= 2)
                    events.Add(New(EventType.PhoneCall, "041", actors, s, start, end, status));
                continue; // "discussed by phone": the meeting words describe the call
            }
            var visit = asserted.FirstOrDefault(t => t.Kind is TriggerKind.Visit or TriggerKind.Host);
            bool hasVisit = asserted.Any(t => t.Kind is TriggerKind.Visit or TriggerKind.Host);
            if (hasVisit && persons.Count > 0)
            {
                var v = Visit(s, visit, persons, states, actors, start, end, status);
                if (v is not null)
                    events.Add(v);
            }
            bool meet = asserted.Any(t => t.Kind == TriggerKind.Meet) || (hasVisit && visit.Kind == TriggerKind.Host);
            if (meet && (persons.Count >= 2 || (!hasVisit && persons.Count == 1 && states.Any(m => m.Mention.Kind == Mentions.MentionKind.Name && m.Entity != StateOf(persons[0].Entity)))))
            {
                var meeting = New(EventType.Meeting, "040", actors, s, start, end, status);
                meeting.Place = FirstCity(s);
                events.Add(meeting);
            }
        }
        var merged = Merge(events);
        // Only after merging (so that it cannot keep two reports of one event apart): an event
        // without a date of its own takes the day the text last named, or the publication day.
        foreach (var e in merged)
        {
            if (e.Start is null && sentences[e.Evidence[0].Index].ContextDate is { Value: { } day } context)
            {
                e.Start = day;
                e.End = context.End;
            }
        }
        return merged;
    }

    private EventFact? Visit(SentenceFacts s, Trigger trigger, List<ResolvedMention> persons, List<ResolvedMention> states,
        List<ArticleEntity> actors, PartialDate? start, PartialDate? end, EventStatus status)
    {
        var place = FirstCity(s, after: trigger.First);
        ArticleEntity? visitor, host;
        if (trigger.Kind == TriggerKind.Host)
        {
            // "X received Y": the host is before the trigger, the visitor after it.
            host = persons.Where(m => m.Mention.FirstToken < trigger.First).Select(m => m.Entity).LastOrDefault();
            var after = persons.Where(m => m.Mention.FirstToken >= trigger.End).Select(m => m.Entity).ToList();
            // Verb first ("استقبل X Y"): the host is the first person after the verb, the visitor the next.
            if (host is null && after.Count >= 2)
                host = after[0];
            visitor = after.FirstOrDefault(p => p != host);
            host = StateOf(host) ?? host;
        }
        else
        {
            // The traveller is the person nearest the verb ("وصل بومبيو إلى الرياض", "Pompeo arrived in Riyadh").
            visitor = persons.OrderBy(m => Distance(m, trigger)).Select(m => m.Entity).FirstOrDefault();
            // The host state: a state named (not an adjective) after the trigger, else the place's state.
            host = states.Where(m => m.Mention.FirstToken >= trigger.First && m.Mention.Kind == Mentions.MentionKind.Name && m.Entity != StateOf(visitor))
                       .Select(m => m.Entity).FirstOrDefault()
                   ?? CountryOf(place)
                   ?? states.Where(m => m.Mention.FirstToken >= trigger.First && m.Entity != StateOf(visitor)).Select(m => m.Entity).FirstOrDefault();
        }
        if (visitor is null || host is null || visitor == host)
            return null;
        var e = New(EventType.Visit, trigger.Kind == TriggerKind.Host ? "043" : "042", actors, s, start, end, status);
        e.Visitor = visitor;
        e.Host = host;
        if (!e.Participants.Contains(host))
            e.Participants.Add(host);
        e.Place = place;
        return e;
    }

    private static int Distance(ResolvedMention m, Trigger t) =>
        m.Mention.FirstToken >= t.End ? m.Mention.FirstToken - t.End : t.First - m.Mention.EndToken;

    private static EventFact New(EventType type, string cameo, List<ArticleEntity> actors, SentenceFacts s, PartialDate? start, PartialDate? end, EventStatus status) => new()
    {
        Type = type, Cameo = cameo, Participants = [.. actors], Evidence = [s.Sentence], Start = start, End = end, Status = status,
        Confidence = actors.Count(a => a.Kind == EntityKind.Person) >= 2 ? 0.8 : 0.6,
    };

    /// <summary>The resolved date nearest the trigger in the sentence.</summary>
    private static (PartialDate? Start, PartialDate? End) DateOf(SentenceFacts s, Trigger trigger)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in s.Dates)
        {
            if (d.Value is null)
                continue;
            int distance = Math.Abs(s.Sentence.Start + d.Start - s.TriggerOffset(trigger));
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

    private static ArticleEntity? FirstCity(SentenceFacts s, int after = 0) =>
        s.Mentions.Where(m => m.Entity.Kind == EntityKind.City && m.Mention.FirstToken >= after).Select(m => m.Entity).FirstOrDefault()
        ?? s.Mentions.Where(m => m.Entity.Kind == EntityKind.City).Select(m => m.Entity).FirstOrDefault();

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
    private static List<EventFact> Merge(List<EventFact> events)
    {
        var merged = new List<EventFact>();
        foreach (var e in events)
        {
            var same = merged.FirstOrDefault(m => m.Type == e.Type && SameParties(m, e) && Compatible(m.Start, e.Start));
            if (same is null)
            {
                merged.Add(e);
                continue;
            }
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

    private static bool SameParties(EventFact a, EventFact b)
    {
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
