using System.Security.Cryptography;
using System.Text;
using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Rdf;

/// <summary>
/// Maps extracted facts to RDF under the NewsGraph ontology. Each article's facts go into the
/// article's own named graph; what the gazetteer says about the entities mentioned goes into the
/// gazetteer graph, once. An event's IRI is derived from its type, principal participants and day,
/// so the same visit reported by several articles is one node with several ng:reportedIn.
/// </summary>
/// <param name="gazetteer">Where the entities an entity's description points to (a state's capital,
/// a city's country, the state of an office) are looked up, so they are described too.</param>
/// <param name="selfContainedArticles">For a store, where articles are replaced one by one: every
/// article graph describes all its events and unlisted persons itself (a replaced article must not
/// take with it the description another article relies on), and gazetteer entities are not copied,
/// since the store holds the whole gazetteer graph.</param>
public sealed class FactGraph(EntityGazetteer gazetteer, bool selfContainedArticles = false)
{
    public static readonly Iri GazetteerGraph = new(Ng.IdBase + "graph/gazetteer");
    private static readonly Iri XsdDate = new(Vocabularies.Xsd + "date");
    private static readonly Iri XsdInteger = new(Vocabularies.Xsd + "integer");
    private static readonly Iri XsdDecimal = new(Vocabularies.Xsd + "decimal");
    private static readonly Iri XsdBoolean = new(Vocabularies.Xsd + "boolean");

    private readonly HashSet<Iri> _described = [];
    private readonly HashSet<Iri> _events = [];

    public static Iri ArticleIri(string id) => new(Ng.IdBase + "article/" + Uri.EscapeDataString(id));
    public static Iri ArticleGraph(string id) => new(Ng.IdBase + "graph/article/" + Uri.EscapeDataString(id));

    /// <summary>The quads for one article (and, the first time they are met, its entities' descriptions).</summary>
    public IEnumerable<Quad> Map(ArticleFacts facts, string? contentHash = null)
    {
        var a = facts.Article;
        var graph = ArticleGraph(a.Id);
        var article = ArticleIri(a.Id);
        var lang = a.Language;
        var quads = new List<Quad>();
        void Add(Term s, Iri p, Term o) => quads.Add(new Quad(s, p, o, graph));

        Add(article, Vocab.Rdf.Type, Ng.Article);
        Add(article, Vocabularies.DctIdentifier, Literal.Simple(a.Id));
        Add(article, Vocabularies.DctLanguage, Literal.Simple(lang));
        Add(article, Vocabularies.DctSource, Literal.Simple(a.Source));
        if (a.Published is { } published)
            Add(article, Vocabularies.DctIssued, Literal.Typed(published.ToString("yyyy-MM-dd"), XsdDate));
        if (a.Title is { Length: > 0 } title)
            Add(article, Vocabularies.DctTitle, Literal.LangString(title, lang));
        if (a.Outlet is { Length: > 0 } outlet)
            Add(article, Ng.Outlet, Literal.Simple(outlet));
        if (a.Url is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var parsed))
            Add(article, Vocabularies.SchemaUrl, new Iri(parsed.AbsoluteUri));
        if (contentHash is not null)
            Add(article, Ng.ContentHash, Literal.Simple(contentHash));
        foreach (var e in facts.Entities)
            Add(article, Ng.Mentions, e.Iri);

        var sentenceIris = new Dictionary<int, Iri>();
        Iri SentenceNode(Text.Sentence s)
        {
            if (sentenceIris.TryGetValue(s.Index, out var iri))
                return iri;
            iri = new Iri($"{article.Value}#s{s.Index}");
            sentenceIris[s.Index] = iri;
            Add(iri, Vocab.Rdf.Type, Ng.Sentence);
            Add(iri, Ng.Text, Literal.LangString(a.Text[s.Start..s.End], lang));
            Add(iri, Ng.InArticle, article);
            Add(iri, Ng.StartOffset, Literal.Typed(s.Start.ToString(System.Globalization.CultureInfo.InvariantCulture), XsdInteger));
            Add(iri, Ng.EndOffset, Literal.Typed(s.End.ToString(System.Globalization.CultureInfo.InvariantCulture), XsdInteger));
            return iri;
        }

        foreach (var e in facts.Events)
        {
            var iri = EventIri(e, a.Id);
            bool first = selfContainedArticles || _events.Add(iri);
            if (first)
            {
                Add(iri, Vocab.Rdf.Type, e.Type switch { EventType.Visit => Ng.Visit, EventType.Meeting => Ng.Meeting, _ => Ng.PhoneCall });
                foreach (var p in e.Participants)
                    Add(iri, Ng.Participant, p.Iri);
                if (e.Visitor is not null) Add(iri, Ng.Visitor, e.Visitor.Iri);
                if (e.Host is not null) Add(iri, Ng.Host, e.Host.Iri);
                if (e.Place is not null) Add(iri, Ng.Place, e.Place.Iri);
                if (e.Start is { } start)
                {
                    Add(iri, e.End is null ? Ng.Date : Ng.StartDate, DateLiteral(start));
                    if (e.End is { } end) Add(iri, Ng.EndDate, DateLiteral(end));
                }
                Add(iri, Ng.Status, e.Status == EventStatus.Planned ? Ng.Planned : Ng.Occurred);
                Add(iri, Ng.CameoCode, Literal.Simple(e.Cameo));
                Add(iri, Ng.Confidence, Decimal(e.Confidence));
            }
            Add(iri, Ng.ReportedIn, article);
            foreach (var s in e.Evidence)
                Add(iri, Ng.Evidence, SentenceNode(s));
        }

        for (int i = 0; i < facts.Statements.Count; i++)
        {
            var st = facts.Statements[i];
            var iri = new Iri($"{Ng.IdBase}statement/{Uri.EscapeDataString(a.Id)}-{i}");
            Add(iri, Vocab.Rdf.Type, Ng.Statement);
            if (st.Speaker is not null) Add(iri, Ng.Speaker, st.Speaker.Iri);
            Add(iri, Ng.Quote, Literal.LangString(st.Quote, lang));
            Add(iri, Ng.DirectQuote, Literal.Typed(st.Direct ? "true" : "false", XsdBoolean));
            if (st.Date is { } d) Add(iri, Ng.Date, DateLiteral(d));
            Add(iri, Ng.CameoCode, Literal.Simple(st.Cameo));
            Add(iri, Ng.Confidence, Decimal(st.Confidence));
            Add(iri, Ng.ReportedIn, article);
            Add(iri, Ng.Evidence, SentenceNode(st.Evidence));
        }

        foreach (var entity in Referenced(facts))
        {
            if (!selfContainedArticles && !_described.Add(entity.Iri))
                continue;
            if (entity.Known is { } known)
            {
                if (!selfContainedArticles)
                    Describe(known, quads);
            }
            else
            {
                Add(entity.Iri, Vocab.Rdf.Type, Ng.Person);
                Add(entity.Iri, Vocabularies.RdfsLabel, Literal.LangString(entity.Label, entity.LabelLanguage ?? lang));
                if (entity.Role is { } role)
                {
                    // The office the title gave, as the gazetteer states its persons' offices.
                    var tenure = new Iri(entity.Iri.Value + "#" + role);
                    Add(entity.Iri, Ng.Holds, tenure);
                    Add(tenure, Vocab.Rdf.Type, Ng.Tenure);
                    Add(tenure, Ng.Role, new Iri(Ng.Namespace + role));
                    if (entity.OfState is { } state) Add(tenure, Ng.OfState, state);
                }
            }
        }
        return quads;
    }

    /// <summary>
    /// Copies an entity's gazetteer description, and those of the gazetteer entities it points to
    /// (transitively, each once): the output must say what a capital or an office's state is, or an
    /// ng:capital would point to a node the output never types.
    /// </summary>
    private void Describe(GazetteerEntity entity, List<Quad> quads)
    {
        var pending = new Stack<GazetteerEntity>();
        pending.Push(entity);
        while (pending.TryPop(out var next))
        {
            foreach (var q in next.Description)
            {
                quads.Add(q with { Graph = GazetteerGraph });
                if (q.Obj is Iri target && gazetteer.Find(target) is { } linked && _described.Add(linked.Iri))
                    pending.Push(linked);
            }
        }
    }

    private static IEnumerable<ArticleEntity> Referenced(ArticleFacts facts) =>
        facts.Entities
            .Concat(facts.Events.SelectMany(e => e.Participants.Append(e.Place).Append(e.Host).Append(e.Visitor)))
            .Concat(facts.Statements.Select(s => s.Speaker))
            .OfType<ArticleEntity>()
            .Distinct();

    private static Literal DateLiteral(Dates.PartialDate date) => Literal.Typed(date.ToString(), new Iri(Vocabularies.Xsd + date.XsdType));

    private static Literal Decimal(double value) => Literal.Typed(Math.Round(value, 2).ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture), XsdDecimal);

    /// <summary>The same type, principal participants and day give the same IRI across articles;
    /// an event without a day is kept to its article, since nothing says two such reports agree.</summary>
    private static Iri EventIri(EventFact e, string articleId)
    {
        var persons = e.Participants.Where(p => p.Kind == EntityKind.Person).ToList();
        IEnumerable<ArticleEntity> principalEntities = e.Type == EventType.Visit && e.Visitor is not null && e.Host is not null
            ? [e.Visitor, e.Host]
            : persons.Count > 0 ? persons : e.Participants;
        var principals = principalEntities.Select(p => p.Iri.Value).Distinct().Order(StringComparer.Ordinal);
        var key = new StringBuilder(e.Type.ToString());
        foreach (var p in principals)
            key.Append('|').Append(p);
        // Without a day, the event is only known to its article; its first sentence keeps two undated
        // events of one article between the same parties ("met in Sochi", "met in Moscow") apart.
        key.Append('|').Append(e.Start is { Precision: Dates.DatePrecision.Day } day ? day.ToString() : $"article:{articleId}#{e.Evidence[0].Index}");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())).AsSpan(0, 8));
        return new Iri($"{Ng.IdBase}event/{hash}");
    }
}
