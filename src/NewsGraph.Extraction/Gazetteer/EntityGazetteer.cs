using NewsGraph.Extraction.Rdf;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Extraction.Gazetteer;

/// <summary>
/// What NewsGraph knows before reading: the entities of <c>ontology/gazetteer/*.ttl</c>, read with
/// NewsGraph's own Turtle parser. Immutable once loaded, so one instance serves every thread.
/// </summary>
public sealed class EntityGazetteer
{
    private readonly Dictionary<Iri, GazetteerEntity> _byIri;

    private EntityGazetteer(Dictionary<Iri, GazetteerEntity> byIri) => _byIri = byIri;

    public IEnumerable<GazetteerEntity> Entities => _byIri.Values;

    public int Count => _byIri.Count;

    public GazetteerEntity? Find(Iri iri) => _byIri.GetValueOrDefault(iri);

    /// <summary>The state whose capital the city is ("Moscow said" speaks for Russia), else null.</summary>
    public GazetteerEntity? CapitalState(Iri city) =>
        Find(city) is { Kind: EntityKind.City, Country: { } country } && Find(country) is { Kind: EntityKind.State } state && state.Capital == city ? state : null;

    private static readonly Lazy<EntityGazetteer> Embedded = new(() => Load(EmbeddedFiles()));

    /// <summary>The gazetteer embedded in this assembly (loaded once).</summary>
    public static EntityGazetteer Default => Embedded.Value;

    private static IEnumerable<(string Name, TextReader Text)> EmbeddedFiles()
    {
        var assembly = typeof(EntityGazetteer).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("gazetteer/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            yield return (name, new StreamReader(assembly.GetManifestResourceStream(name)!));
    }

    /// <summary>Loads Turtle files; a syntax error names the file, line and column.</summary>
    public static EntityGazetteer Load(IEnumerable<(string Name, TextReader Text)> files)
    {
        var bySubject = new Dictionary<Term, List<Quad>>();
        foreach (var (name, text) in files)
        {
            using (text)
            using (var reader = RdfReader.Create(text, RdfFormat.Turtle, new RdfReaderOptions { SourceName = name }))
            {
                while (reader.TryRead(out var quad))
                {
                    if (!bySubject.TryGetValue(quad.Subject, out var list))
                        bySubject[quad.Subject] = list = [];
                    list.Add(quad with { Graph = null });
                }
            }
        }
        var entities = new Dictionary<Iri, GazetteerEntity>();
        foreach (var (subject, quads) in bySubject)
        {
            if (subject is Iri iri && KindOf(quads) is { } kind)
                entities[iri] = Build(iri, kind, quads, bySubject);
        }
        return new EntityGazetteer(entities);
    }

    private static EntityKind? KindOf(List<Quad> quads)
    {
        EntityKind? kind = null;
        foreach (var q in quads)
        {
            if (!q.Predicate.Equals(Vocab.Rdf.Type) || q.Obj is not Iri type)
                continue;
            EntityKind? k = type.Value switch
            {
                Ng.Namespace + "Person" => EntityKind.Person,
                Ng.Namespace + "State" => EntityKind.State,
                Ng.Namespace + "City" => EntityKind.City,
                Ng.Namespace + "NewsAgency" => EntityKind.NewsAgency,
                Ng.Namespace + "Organization" => EntityKind.Organization,
                Ng.Namespace + "Event" => EntityKind.Event,
                _ => null,
            };
            // NewsAgency is the more specific of the organisation types.
            if (k is not null && kind is not EntityKind.NewsAgency)
                kind = k;
        }
        return kind;
    }

    private static GazetteerEntity Build(Iri iri, EntityKind kind, List<Quad> quads, Dictionary<Term, List<Quad>> bySubject)
    {
        var names = new List<NameForm>();
        var tenures = new List<Tenure>();
        var description = new List<Quad>(quads);
        string? label = null, qid = null;
        Iri? country = null, capital = null;
        foreach (var q in quads)
        {
            var p = q.Predicate.Value;
            if (q.Obj is Literal lit)
            {
                var lang = lit.Language ?? "";
                if (p == Vocabularies.RdfsLabel.Value) { label ??= lit.Lexical; names.Add(new(lang, NameKind.Preferred, lit.Lexical)); }
                else if (p == Vocabularies.SkosPrefLabel.Value) names.Add(new(lang, NameKind.Preferred, lit.Lexical));
                else if (p == Vocabularies.SkosAltLabel.Value) names.Add(new(lang, NameKind.Alternative, lit.Lexical));
                else if (p == Ng.ShortName.Value) names.Add(new(lang, NameKind.Short, lit.Lexical));
                else if (p == Ng.Demonym.Value) names.Add(new(lang, NameKind.Demonym, lit.Lexical));
            }
            else if (q.Obj is Iri o)
            {
                if (p == Vocabularies.OwlSameAs.Value && o.Value.StartsWith(Vocabularies.Wikidata, StringComparison.Ordinal))
                    qid = o.Value[Vocabularies.Wikidata.Length..];
                else if (p == Ng.Country.Value) country ??= o;
                else if (p == Ng.Capital.Value) capital ??= o;
            }
            else if (q.Obj is BlankNode b && p == Ng.Holds.Value && bySubject.TryGetValue(b, out var tenureQuads))
            {
                description.AddRange(tenureQuads);
                tenures.Add(ReadTenure(tenureQuads));
            }
        }
        return new GazetteerEntity
        {
            Iri = iri, Kind = kind, Label = label ?? iri.Value, WikidataId = qid, Country = country, Capital = capital,
            Names = names, Tenures = tenures, Description = description,
        };
    }

    private static Tenure ReadTenure(List<Quad> quads)
    {
        Role role = Role.Other;
        Iri? of = null;
        int? start = null, end = null;
        foreach (var q in quads)
        {
            var p = q.Predicate.Value;
            if (p == Ng.Role.Value && q.Obj is Iri r && Enum.TryParse<Role>(r.Value.AsSpan(Ng.Namespace.Length), out var parsed))
                role = parsed;
            else if ((p == Ng.OfState.Value || p == Ng.OfOrganization.Value) && q.Obj is Iri o)
                of = o;
            else if (p == Ng.StartYear.Value && q.Obj is Literal s && int.TryParse(s.Lexical, out var sy))
                start = sy;
            else if (p == Ng.EndYear.Value && q.Obj is Literal e && int.TryParse(e.Lexical, out var ey))
                end = ey;
        }
        return new Tenure(role, of, start, end);
    }
}
