using NewsGraph.Server.Web.Data;

namespace NewsGraph.Server.Web.Network;

/// <summary>A state or a person in the network.</summary>
internal sealed record NetworkNode(Iri Iri, string Name, bool IsState);

/// <summary>
/// Who visited, met or called whom: one edge per pair and kind of event, with the events' dates.
/// A visit goes from the visitor to the host; meetings and calls have no direction (Source is the
/// smaller IRI).
/// </summary>
internal sealed record NetworkEdge(string Kind, Iri Source, Iri Target, IReadOnlyList<string> Dates, int Events);

/// <summary>
/// The network of states and leaders (Web/Queries/network-*.rq), optionally limited to the
/// events whose date overlaps a period. Undated events are left out once a period is given.
/// </summary>
internal sealed class NetworkGraph
{
    private NetworkGraph(IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges, IReadOnlyList<(Iri Person, Iri State)> offices, int events)
    {
        Nodes = nodes;
        Edges = edges;
        Offices = offices;
        EventCount = events;
    }

    public IReadOnlyList<NetworkNode> Nodes { get; }

    public IReadOnlyList<NetworkEdge> Edges { get; }

    /// <summary>Leaders tied to the states whose offices they hold: drawn faintly, and they hold the layout together.</summary>
    public IReadOnlyList<(Iri Person, Iri State)> Offices { get; }

    public int EventCount { get; }

    public static NetworkGraph Load(PageQueries queries, PartialDate? from, PartialDate? to, CancellationToken cancellation)
    {
        var officeRows = queries.Select("network-offices", cancellation);
        var officesOf = officeRows.ToLookup(r => r.Iri("person")!, r => r.Iri("state")!);
        var nodes = new Dictionary<Iri, NetworkNode>();
        var edges = new Dictionary<(string Kind, Iri Source, Iri Target), EdgeTally>();
        var events = 0;
        foreach (var group in queries.Select("network-events", cancellation).GroupBy(r => r.Iri("event")!))
        {
            var rows = group.ToList();
            var dateText = rows[0].Text("start") ?? rows[0].Text("date");
            var dated = PartialDate.TryParse(dateText, out var date);
            if ((from is not null || to is not null) && (!dated || !date.Overlaps(from, to)))
            {
                continue;
            }

            var pairs = Pairs(TermNames.Local(rows[0].Text("type")), rows, officesOf).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }

            events++;
            foreach (var row in rows)
            {
                var actor = row.Iri("actor")!;
                nodes.TryAdd(actor, new NetworkNode(actor, row.Text("actorName") ?? TermNames.LastSegment(actor), row.Text("actorType")!.EndsWith("#State", StringComparison.Ordinal)));
            }

            foreach (var key in pairs.Distinct())
            {
                if (!edges.TryGetValue(key, out var tally))
                {
                    edges[key] = tally = new EdgeTally();
                }

                tally.Events++;
                if (dated)
                {
                    tally.Dates.Add(date.Text);
                }
            }
        }

        // A leader's own state joins the network even when only the leader travelled or met.
        var used = edges.Keys.SelectMany(k => new[] { k.Source, k.Target }).ToHashSet();
        var ties = officeRows.Where(r => used.Contains(r.Iri("person")!)).ToList();
        foreach (var tie in ties)
        {
            var state = tie.Iri("state")!;
            nodes.TryAdd(state, new NetworkNode(state, tie.Text("stateName") ?? TermNames.LastSegment(state), IsState: true));
        }

        used.UnionWith(ties.Select(t => t.Iri("state")!));
        return new NetworkGraph(
            nodes.Values.Where(n => used.Contains(n.Iri)).OrderBy(n => n.Iri.Value, StringComparer.Ordinal).ToList(),
            edges.Select(e => new NetworkEdge(e.Key.Kind, e.Key.Source, e.Key.Target, e.Value.Dates.ToList(), e.Value.Events))
                .OrderBy(e => e.Source.Value, StringComparer.Ordinal).ThenBy(e => e.Target.Value, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal).ToList(),
            ties.Select(t => (t.Iri("person")!, t.Iri("state")!)).Distinct().ToList(),
            events);
    }

    /// <summary>
    /// The pairs an event links. A visit: visitor → host. A meeting or call: every two
    /// participants, leaving out a state when one of its own office holders is there for it.
    /// </summary>
    private static IEnumerable<(string Kind, Iri Source, Iri Target)> Pairs(string kind, IReadOnlyList<Row> rows, ILookup<Iri, Iri> officesOf)
    {
        List<Iri> With(string role) => rows.Where(r => r.Text("actorRole")!.EndsWith("#" + role, StringComparison.Ordinal)).Select(r => r.Iri("actor")!).Distinct().ToList();
        if (kind == "Visit")
        {
            foreach (var visitor in With("visitor"))
            {
                foreach (var host in With("host").Where(h => !h.Equals(visitor)))
                {
                    yield return (kind, visitor, host);
                }
            }

            yield break;
        }

        var participants = With("participant");
        var represented = participants.SelectMany(p => officesOf[p]).ToHashSet();
        var actors = participants.Where(p => !represented.Contains(p)).OrderBy(p => p.Value, StringComparer.Ordinal).ToList();
        for (var i = 0; i < actors.Count; i++)
        {
            for (var j = i + 1; j < actors.Count; j++)
            {
                yield return (kind, actors[i], actors[j]);
            }
        }
    }

    private sealed class EdgeTally
    {
        public SortedSet<string> Dates { get; } = new(StringComparer.Ordinal);

        public int Events { get; set; }
    }
}
