using NewsGraph.Server.Web.Data;

namespace NewsGraph.Server.Web.Entity;

/// <summary>Everything the entity page shows about one entity, read with the queries in Web/Queries/entity-*.rq.</summary>
internal sealed class EntityFacts
{
    public required Iri Iri { get; init; }

    public required IReadOnlyList<Row> Names { get; init; }

    public required IReadOnlyList<Row> Links { get; init; }

    public required IReadOnlyList<Row> Offices { get; init; }

    public required IReadOnlyList<EntityEvent> Events { get; init; }

    public required IReadOnlyList<EntityStatement> Statements { get; init; }

    public required IReadOnlyList<ArticleRef> Articles { get; init; }

    /// <summary>False when the graph says nothing about the IRI (no name, type, event or statement).</summary>
    public bool Exists => Names.Count > 0 || Events.Count > 0 || Statements.Count > 0 || Articles.Count > 0;

    /// <summary>The English label, else the first preferred label, else the IRI's last segment.</summary>
    public string Name =>
        Names.Where(r => r.Text("property")?.EndsWith("#label", StringComparison.Ordinal) == true).Select(r => r.Text("value")).FirstOrDefault()
        ?? Names.Where(r => r.Text("property")?.EndsWith("#prefLabel", StringComparison.Ordinal) == true).Select(r => r.Text("value")).FirstOrDefault()
        ?? TermNames.LastSegment(Iri);

    public static EntityFacts Load(PageQueries queries, Iri entity, CancellationToken cancellation)
    {
        var evidence = queries.Select("entity-evidence", entity, cancellation)
            .GroupBy(r => r.Iri("fact")!)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Evidence>)g.Select(Evidence.FromRow).DistinctBy(e => e.Sentence).ToList());
        IReadOnlyList<Evidence> EvidenceOf(Iri fact) => evidence.GetValueOrDefault(fact) ?? [];

        return new EntityFacts
        {
            Iri = entity,
            Names = queries.Select("entity-names", entity, cancellation),
            Links = queries.Select("entity-links", entity, cancellation),
            Offices = queries.Select("entity-offices", entity, cancellation),
            Events = queries.Select("entity-events", entity, cancellation)
                .GroupBy(r => r.Iri("event")!)
                .Select(g => EntityEvent.FromRows(entity, g.ToList(), EvidenceOf(g.Key)))
                .OrderBy(e => e.Date?.First ?? DateOnly.MaxValue)
                .ThenBy(e => e.Date?.Last ?? DateOnly.MaxValue)
                .ToList(),
            Statements = queries.Select("entity-statements", entity, cancellation)
                .GroupBy(r => r.Iri("statement")!)
                .Select(g => EntityStatement.FromRow(g.Key, g.First(), EvidenceOf(g.Key)))
                .OrderBy(s => s.Date?.First ?? DateOnly.MaxValue)
                .ToList(),
            Articles = queries.Select("entity-articles", entity, cancellation).Select(ArticleRef.FromRow).OfType<ArticleRef>().DistinctBy(a => a.Iri).ToList(),
        };
    }
}

/// <summary>A visit, meeting or call the entity took part in (or that took place there).</summary>
internal sealed record EntityEvent(
    Iri Iri, string Kind, PartialDate? Date, string? DateText, string? Status, Iri? Place, string? PlaceName,
    string Role, IReadOnlyList<(Iri Actor, string Name, string Role)> Others, IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Most precise first: a visitor or host is also listed as a participant.</summary>
    private static readonly string[] RoleOrder = ["visitor", "host", "participant"];

    public static EntityEvent FromRows(Iri entity, IReadOnlyList<Row> rows, IReadOnlyList<Evidence> evidence)
    {
        var first = rows[0];
        var start = first.Text("start") ?? first.Text("date");
        var end = first.Text("end");
        PartialDate? date = PartialDate.TryParse(start, out var d) ? d : null;
        var dateText = end is null || end == start ? start : $"{start} – {end}";
        var roles = rows.Where(r => r.Iri("actor") is { } a && a.Equals(entity)).Select(r => TermNames.Local(r.Text("actorRole"))).ToHashSet();
        var role = RoleOrder.FirstOrDefault(roles.Contains) ?? "place";
        var others = rows
            .Where(r => r.Iri("actor") is { } a && !a.Equals(entity))
            .GroupBy(r => r.Iri("actor")!)
            .Select(g =>
            {
                var actorRoles = g.Select(r => TermNames.Local(r.Text("actorRole"))).ToHashSet();
                return (Actor: g.Key, Name: g.Select(r => r.Text("actorName")).FirstOrDefault(n => n is not null) ?? TermNames.LastSegment(g.Key),
                    Role: RoleOrder.FirstOrDefault(actorRoles.Contains) ?? "participant");
            })
            .OrderBy(o => Array.IndexOf(RoleOrder, o.Role)).ThenBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        return new EntityEvent(first.Iri("event")!, TermNames.Local(first.Text("type")), date, dateText,
            first.Text("status") is { } s ? TermNames.Local(s) : null, first.Iri("place"), first.Text("placeName"), role, others, evidence);
    }
}

/// <summary>Something the entity said.</summary>
internal sealed record EntityStatement(Iri Iri, Literal Quote, bool? Direct, PartialDate? Date, IReadOnlyList<Evidence> Evidence)
{
    public static EntityStatement FromRow(Iri statement, Row row, IReadOnlyList<Evidence> evidence) =>
        new(statement, (Literal)row["quote"]!, row.Text("direct") is { } d ? d is "true" or "1" : null,
            PartialDate.TryParse(row.Text("date"), out var date) ? date : null, evidence);
}

/// <summary>A source sentence and the article it is in.</summary>
internal sealed record Evidence(Iri Sentence, Literal Text, ArticleRef? Article)
{
    public static Evidence FromRow(Row row) => new(row.Iri("sentence")!, (Literal)row["text"]!, ArticleRef.FromRow(row));
}

/// <summary>An article as the pages cite it.</summary>
internal sealed record ArticleRef(Iri Iri, string? Identifier, Literal? Title, string? Issued, string? Url, string? Outlet)
{
    public static ArticleRef? FromRow(Row row) =>
        row.Iri("article") is { } article
            ? new ArticleRef(article, row.Text("identifier"), row["title"] as Literal, row.Text("issued"), row.Text("url"), row.Text("outlet"))
            : null;
}
