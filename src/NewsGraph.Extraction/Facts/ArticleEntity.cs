using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Facts;

/// <summary>
/// An entity an article speaks of: a gazetteer entity, or a person introduced by a title whom
/// the gazetteer does not know ("the Iranian president", "דובר הקרמלין"), kept with role and state.
/// </summary>
public sealed class ArticleEntity
{
    public required Iri Iri { get; init; }
    public required EntityKind Kind { get; init; }
    public required string Label { get; init; }
    public GazetteerEntity? Known { get; init; }
    public Role? Role { get; init; }
    public Iri? OfState { get; init; }
    public string? LabelLanguage { get; init; }

    public bool IsActor => Kind is EntityKind.Person or EntityKind.State;

    public override string ToString() => Label;
}
