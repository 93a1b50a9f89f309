using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Extraction.Text;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using static NewsGraph.Extraction.Tests.TestGazetteer;
using Extract = NewsGraph.Extraction.Tests.Facts.Extract;
using PartialDate = NewsGraph.Extraction.Dates.PartialDate;

namespace NewsGraph.Extraction.Tests.Rdf;

public class FactGraphTests
{
    private static readonly Iri RdfType = Vocab.Rdf.Type;
    private static readonly Iri XsdDate = new(Vocabularies.Xsd + "date");
    private static readonly Iri XsdInteger = new(Vocabularies.Xsd + "integer");

    private static ArticleEntity Known(string slug)
    {
        var entity = World.Find(Id(slug))!;
        return new ArticleEntity { Iri = entity.Iri, Kind = entity.Kind, Label = entity.Label, Known = entity };
    }

    private static ArticleFacts Facts(string id, string text, DateOnly? published, List<EventFact>? events = null,
        List<StatementFact>? statements = null, List<ArticleEntity>? entities = null, string language = "en") => new()
    {
        Article = new(id, language, text.Split('\n')[0], published, "Test Outlet", "https://example.org/news/" + id, text, id + ".txt"),
        Sentences = new SentenceSplitter([]).Split(text),
        Entities = entities ?? [],
        Events = events ?? [],
        Statements = statements ?? [],
    };

    private static EventFact Meeting(Sentence evidence, PartialDate? date, params ArticleEntity[] participants) => new()
    {
        Type = EventType.Meeting, Cameo = "040", Participants = [.. participants], Evidence = [evidence], Start = date, Confidence = 0.8,
    };

    private static IEnumerable<Term> Objects(IEnumerable<Quad> quads, Term subject, Iri predicate) =>
        quads.Where(q => q.Subject.Equals(subject) && q.Predicate.Equals(predicate)).Select(q => q.Obj);

    private static Term Object(IEnumerable<Quad> quads, Term subject, Iri predicate) => Assert.Single(Objects(quads, subject, predicate));

    private static Term Subject(IEnumerable<Quad> quads, Iri predicate, Term obj) =>
        Assert.Single(quads.Where(q => q.Predicate.Equals(predicate) && q.Obj.Equals(obj)).Select(q => q.Subject).Distinct());

    [Fact]
    public void TheArticleNode()
    {
        var facts = Facts("ar-001", "عنوان الخبر\nنص الخبر.", new DateOnly(2023, 12, 3), entities: [Known("vladimir-putin"), Known("russia")], language: "ar");
        var quads = new FactGraph(World).Map(facts, "sha256:00").ToList();
        var article = FactGraph.ArticleIri("ar-001");
        Assert.Equal(Ng.Article, Object(quads, article, RdfType));
        Assert.Equal(Literal.Simple("ar-001"), Object(quads, article, Vocabularies.DctIdentifier));
        Assert.Equal(Literal.Typed("2023-12-03", XsdDate), Object(quads, article, Vocabularies.DctIssued));
        Assert.Equal(Literal.Simple("ar"), Object(quads, article, Vocabularies.DctLanguage));
        Assert.Equal(Literal.LangString("عنوان الخبر", "ar"), Object(quads, article, Vocabularies.DctTitle));
        Assert.Equal(new Iri("https://example.org/news/ar-001"), Object(quads, article, Vocabularies.SchemaUrl));
        Assert.Equal(Literal.Simple("sha256:00"), Object(quads, article, Ng.ContentHash));
        Assert.Equal([Id("vladimir-putin"), Id("russia")], Objects(quads, article, Ng.Mentions));
        Assert.All(quads.Where(q => q.Subject.Equals(article)), q => Assert.Equal(FactGraph.ArticleGraph("ar-001"), q.Graph));
    }

    [Fact]
    public void AnUnlinkedPersonIsAPersonWithTheOfficeItsTitleGave()
    {
        var person = new ArticleEntity
        {
            Iri = new Iri(Ng.IdBase + "person/badr-abdelatty"), Kind = EntityKind.Person, Label = "Badr Abdelatty", Role = Role.ForeignMinister, OfState = Id("egypt"),
        };
        var quads = new FactGraph(World).Map(Facts("en-003", "Text.", null, entities: [person])).ToList();
        Assert.Equal(Ng.Person, Object(quads, person.Iri, RdfType));
        Assert.Equal(Literal.LangString("Badr Abdelatty", "en"), Object(quads, person.Iri, Vocabularies.RdfsLabel));
        var tenure = Object(quads, person.Iri, Ng.Holds);
        Assert.Equal(Ng.Tenure, Object(quads, tenure, RdfType));
        Assert.Equal(new Iri(Ng.Namespace + "ForeignMinister"), Object(quads, tenure, Ng.Role));
        Assert.Equal(Id("egypt"), Object(quads, tenure, Ng.OfState));
        Assert.Empty(Objects(quads, person.Iri, Vocabularies.OwlSameAs));
    }

    [Fact]
    public void NoPublicationDateNoIssued()
    {
        var quads = new FactGraph(World).Map(Facts("en-002", "Text.", null)).ToList();
        Assert.Empty(Objects(quads, FactGraph.ArticleIri("en-002"), Vocabularies.DctIssued));
    }

    [Fact]
    public void AnEventWithItsEvidenceSentence()
    {
        const string text = "Putin meets Sisi\nPutin met Sisi in Cairo on Tuesday.";
        var facts = Facts("en-001", text, new DateOnly(2024, 3, 14));
        var meeting = Meeting(facts.Sentences[1], new PartialDate(2024, 3, 12), Known("vladimir-putin"), Known("abdel-fattah-el-sisi"));
        meeting.Place = Known("cairo");
        facts.Events.Add(meeting);
        var quads = new FactGraph(World).Map(facts).ToList();

        var evt = Subject(quads, RdfType, Ng.Meeting);
        Assert.Equal(FactGraph.ArticleIri("en-001"), Object(quads, evt, Ng.ReportedIn));
        Assert.Equal(Literal.Typed("2024-03-12", XsdDate), Object(quads, evt, Ng.Date));
        Assert.Equal(Id("cairo"), Object(quads, evt, Ng.Place));
        Assert.Equal(Literal.Simple("040"), Object(quads, evt, Ng.CameoCode));
        Assert.Equal(Ng.Occurred, Object(quads, evt, Ng.Status));
        Assert.Equal([Id("vladimir-putin"), Id("abdel-fattah-el-sisi")], Objects(quads, evt, Ng.Participant));

        var sentence = Object(quads, evt, Ng.Evidence);
        Assert.Equal(Ng.Sentence, Object(quads, sentence, RdfType));
        Assert.Equal(FactGraph.ArticleIri("en-001"), Object(quads, sentence, Ng.InArticle));
        Assert.Equal(Literal.Typed("17", XsdInteger), Object(quads, sentence, Ng.StartOffset));
        Assert.Equal(Literal.Typed(text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), XsdInteger), Object(quads, sentence, Ng.EndOffset));
        Assert.Equal(Literal.LangString("Putin met Sisi in Cairo on Tuesday.", "en"), Object(quads, sentence, Ng.Text));
    }

    [Fact]
    public void AVisitWithHostVisitorAndARangeOfDays()
    {
        var facts = Facts("en-003", "Lavrov visited Riyadh from 1 to 3 May.", new DateOnly(2024, 5, 4));
        var visit = new EventFact
        {
            Type = EventType.Visit, Cameo = "042", Participants = [Known("sergey-lavrov"), Known("saudi-arabia")], Evidence = [facts.Sentences[0]],
            Visitor = Known("sergey-lavrov"), Host = Known("saudi-arabia"), Place = Known("riyadh"),
            Start = new PartialDate(2024, 5, 1), End = new PartialDate(2024, 5, 3), Status = EventStatus.Occurred, Confidence = 0.6,
        };
        facts.Events.Add(visit);
        var quads = new FactGraph(World).Map(facts).ToList();
        var evt = Subject(quads, RdfType, Ng.Visit);
        Assert.Equal(Id("sergey-lavrov"), Object(quads, evt, Ng.Visitor));
        Assert.Equal(Id("saudi-arabia"), Object(quads, evt, Ng.Host));
        Assert.Equal(Literal.Typed("2024-05-01", XsdDate), Object(quads, evt, Ng.StartDate));
        Assert.Equal(Literal.Typed("2024-05-03", XsdDate), Object(quads, evt, Ng.EndDate));
        Assert.Empty(Objects(quads, evt, Ng.Date));
        Assert.Equal(Literal.Typed("0.6", new Iri(Vocabularies.Xsd + "decimal")), Object(quads, evt, Ng.Confidence));
    }

    [Fact]
    public void APartialDateKeepsItsPrecision()
    {
        var facts = Facts("en-004", "Putin met Sisi in March.", new DateOnly(2024, 5, 4));
        facts.Events.Add(Meeting(facts.Sentences[0], new PartialDate(2024, 3), Known("vladimir-putin"), Known("abdel-fattah-el-sisi")));
        var quads = new FactGraph(World).Map(facts).ToList();
        Assert.Equal(Literal.Typed("2024-03", new Iri(Vocabularies.Xsd + "gYearMonth")), Object(quads, Subject(quads, RdfType, Ng.Meeting), Ng.Date));
    }

    [Fact]
    public void TwoArticlesReportingTheSameDatedEventShareItsNode()
    {
        var graph = new FactGraph(World);
        var day = new PartialDate(2024, 3, 12);
        var first = Facts("en-001", "Putin met Sisi on Tuesday.", new DateOnly(2024, 3, 14));
        first.Events.Add(Meeting(first.Sentences[0], day, Known("vladimir-putin"), Known("abdel-fattah-el-sisi")));
        var second = Facts("ar-001", "التقى بوتين السيسي يوم الثلاثاء.", new DateOnly(2024, 3, 13), language: "ar");
        second.Events.Add(Meeting(second.Sentences[0], day, Known("abdel-fattah-el-sisi"), Known("vladimir-putin")));
        var quads = graph.Map(first).Concat(graph.Map(second)).ToList();

        var evt = Subject(quads, RdfType, Ng.Meeting);
        Assert.Equal([FactGraph.ArticleIri("en-001"), FactGraph.ArticleIri("ar-001")], Objects(quads, evt, Ng.ReportedIn));
        Assert.Equal(2, Objects(quads, evt, Ng.Evidence).Count());
        Assert.Equal(2, Objects(quads, evt, Ng.Participant).Count());
    }

    [Fact]
    public void DifferentDaysOrNoDayAreDifferentEvents()
    {
        var graph = new FactGraph(World);
        ArticleFacts Report(string id, PartialDate? date)
        {
            var facts = Facts(id, "Putin met Sisi.", new DateOnly(2024, 3, 14));
            facts.Events.Add(Meeting(facts.Sentences[0], date, Known("vladimir-putin"), Known("abdel-fattah-el-sisi")));
            return facts;
        }
        var quads = graph.Map(Report("a", new PartialDate(2024, 3, 12))).Concat(graph.Map(Report("b", new PartialDate(2024, 3, 13))))
            .Concat(graph.Map(Report("c", null))).Concat(graph.Map(Report("d", null))).ToList();
        Assert.Equal(4, quads.Count(q => q.Predicate.Equals(RdfType) && q.Obj.Equals(Ng.Meeting)));
    }

    [Fact]
    public void AStatementWithItsSpeakerAndQuote()
    {
        const string text = "قال بوتين إن روسيا مستعدة للحوار.";
        var facts = Facts("ar-002", text, new DateOnly(2024, 3, 14), language: "ar");
        facts.Statements.Add(new StatementFact { Speaker = Known("vladimir-putin"), Quote = "إن روسيا مستعدة للحوار", Direct = false, Evidence = facts.Sentences[0], Confidence = 0.7 });
        var quads = new FactGraph(World).Map(facts).ToList();
        var statement = Subject(quads, RdfType, Ng.Statement);
        Assert.Equal(Id("vladimir-putin"), Object(quads, statement, Ng.Speaker));
        Assert.Equal(Literal.LangString("إن روسيا مستعدة للحوار", "ar"), Object(quads, statement, Ng.Quote));
        Assert.Equal(Literal.Typed("false", new Iri(Vocabularies.Xsd + "boolean")), Object(quads, statement, Ng.DirectQuote));
        Assert.Equal(FactGraph.ArticleIri("ar-002"), Object(quads, statement, Ng.ReportedIn));
        Assert.Equal(Literal.LangString(text, "ar"), Object(quads, Object(quads, statement, Ng.Evidence), Ng.Text));
    }

    [Fact]
    public void GazetteerDescriptionsAreWrittenOnceInTheirOwnGraph()
    {
        var graph = new FactGraph(World);
        var first = graph.Map(Facts("a", "Putin.", null, entities: [Known("vladimir-putin")])).ToList();
        var second = graph.Map(Facts("b", "Putin.", null, entities: [Known("vladimir-putin")])).ToList();
        var sameAs = first.Where(q => q.Subject.Equals(Id("vladimir-putin")) && q.Predicate.Equals(Vocabularies.OwlSameAs)).ToList();
        Assert.Equal(new Iri(Vocabularies.Wikidata + "Q7747"), Assert.Single(sameAs).Obj);
        Assert.Equal(FactGraph.GazetteerGraph, sameAs[0].Graph);
        Assert.Contains(first, q => q.Predicate.Equals(Ng.StartYear) && q.Graph!.Equals(FactGraph.GazetteerGraph));
        Assert.DoesNotContain(second, q => FactGraph.GazetteerGraph.Equals(q.Graph));
    }

    [Fact]
    public void APersonTheGazetteerDoesNotKnowIsTypedAndLabelled()
    {
        var spokesman = new ArticleEntity { Iri = new Iri(Ng.IdBase + "entity/article/x/kremlin-spokesman"), Kind = EntityKind.Person, Label = "דובר הקרמלין", LabelLanguage = "he" };
        var quads = new FactGraph(World).Map(Facts("x", "text.", null, entities: [spokesman])).ToList();
        Assert.Equal(Ng.Person, Object(quads, spokesman.Iri, RdfType));
        Assert.Equal(Literal.LangString("דובר הקרמלין", "he"), Object(quads, spokesman.Iri, Vocabularies.RdfsLabel));
    }

    [Fact]
    public void ExtractedEvidenceTextEqualsTheArticleSubstring()
    {
        const string text = "بوتين يلتقي السيسي في القاهرة\nالتقى الرئيسُ الروسيُّ فلاديمير بوتين الرئيسَ المصريَّ عبد الفتاح السيسي في القاهرة. وقال بوتين إن المحادثات كانت مفيدة جدا.";
        var facts = Extract.From(text, "ar");
        var quads = new FactGraph(World).Map(facts).ToList();
        var evidence = quads.Where(q => q.Predicate.Equals(Ng.Evidence)).Select(q => q.Obj).Distinct().ToList();
        Assert.True(evidence.Count >= 2, "the meeting's two sentences and the statement's");
        foreach (var sentence in evidence)
        {
            int start = int.Parse(((Literal)Object(quads, sentence, Ng.StartOffset)).Lexical, System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(((Literal)Object(quads, sentence, Ng.EndOffset)).Lexical, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(text[start..end], ((Literal)Object(quads, sentence, Ng.Text)).Lexical);
        }
    }

    [Fact]
    public void TheSameMeetingExtractedFromTwoLanguagesIsOneNode()
    {
        var graph = new FactGraph(World);
        var en = Extract.From(Extract.Article("Putin met Sisi in Cairo on Tuesday.", "en", "2024-03-14", "en-001"));
        var ar = Extract.From(Extract.Article("التقى بوتين بالسيسي في القاهرة الثلاثاء.", "ar", "2024-03-14", "ar-001"));
        var quads = graph.Map(en).Concat(graph.Map(ar)).ToList();
        var evt = Subject(quads, RdfType, Ng.Meeting);
        Assert.Equal([FactGraph.ArticleIri("en-001"), FactGraph.ArticleIri("ar-001")], Objects(quads, evt, Ng.ReportedIn));
    }

    [Fact]
    public void TheQuadsAreWritableAndReadableNQuads()
    {
        var facts = Extract.From("Putin met Sisi in Cairo on Tuesday. Putin said that the talks had been useful.", "en");
        var quads = new FactGraph(World).Map(facts).ToList();
        var nquads = RdfWriter.WriteToString(quads, RdfFormat.NQuads);
        using var reader = RdfReader.Create(new StringReader(nquads), RdfFormat.NQuads, new RdfReaderOptions { SourceName = "out.nq" });
        var read = reader.ReadAll().ToList();
        // Blank nodes (the tenures of the gazetteer descriptions) are relabelled by reading; everything else comes back as it was.
        static bool Ground(Quad q) => q.Subject is not BlankNode && q.Obj is not BlankNode;
        Assert.Equal(quads.Distinct().Count(), read.Count);
        Assert.Equal(quads.Where(Ground).ToHashSet(), read.Where(Ground).ToHashSet());
    }
}
