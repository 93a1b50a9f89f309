
namespace NewsGraph.Server.Web.Data;

/// <summary>Readable names for IRIs that the pages show without a label.</summary>
internal static class TermNames
{
    private const string Ontology = "https://w3id.org/newsgraph/ontology#";

    public static string LastSegment(Iri iri) => iri.Value[(iri.Value.LastIndexOfAny(['/', '#']) + 1)..];

    /// <summary>The local name of an ontology term (ng:Visit → Visit); other IRIs as they are.</summary>
    public static string Local(string? iri) =>
        iri is null ? string.Empty : iri.StartsWith(Ontology, StringComparison.Ordinal) ? iri[Ontology.Length..] : iri;
}
