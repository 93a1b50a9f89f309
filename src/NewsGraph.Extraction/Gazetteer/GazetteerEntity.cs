using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Gazetteer;

public sealed record NameForm(string Language, NameKind Kind, string Text);

/// <summary>An office held: <see cref="Role"/> of a state (or organisation) between two years.</summary>
public sealed record Tenure(Role Role, Iri? Of, int? StartYear, int? EndYear)
{
    public bool Covers(int? year) => year is null || ((StartYear ?? int.MinValue) <= year && year <= (EndYear ?? int.MaxValue));
}

/// <summary>One entity of the gazetteer, and the quads that describe it (copied into the output
/// for every entity an article mentions).</summary>
public sealed class GazetteerEntity
{
    public required Iri Iri { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Label { get; init; }
    public string? WikidataId { get; init; }
    public Iri? Country { get; init; }
    public Iri? Capital { get; init; }
    public required IReadOnlyList<NameForm> Names { get; init; }
    public required IReadOnlyList<Tenure> Tenures { get; init; }
    public required IReadOnlyList<Quad> Description { get; init; }

    public bool IsActor => Kind is EntityKind.Person or EntityKind.State;
    public bool IsPlace => Kind is EntityKind.City or EntityKind.State;

    public override string ToString() => Label;
}
