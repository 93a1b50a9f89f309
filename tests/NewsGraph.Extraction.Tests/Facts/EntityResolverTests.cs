using NewsGraph.Extraction.Facts;
using NewsGraph.Extraction.Gazetteer;
using static NewsGraph.Extraction.Tests.Facts.Extract;

namespace NewsGraph.Extraction.Tests.Facts;

public class EntityResolverTests
{
    [Fact]
    public void ArticleEntitiesAreTheNamedOnesInOrderOfFirstMention()
    {
        var facts = From("Putin met Sisi in Cairo. Later Putin and the Egyptian president spoke to the press.", "en");
        Assert.Equal(["vladimir-putin", "abdel-fattah-el-sisi", "cairo", "egypt"], facts.Entities.Select(Slug));
    }

    [Fact]
    public void ATitleWithADemonymRefersToTheHolderNamedElsewhere()
    {
        // "the Saudi crown prince" names nobody, but Mohammed bin Salman, named before, holds that office.
        var events = From("Mohammed bin Salman arrived in Moscow. Putin met the Saudi Crown Prince on Tuesday.", "en").Events;
        var meeting = Assert.Single(events, e => e.Type == EventType.Meeting);
        Assert.Contains(meeting.Participants, p => Slug(p) == "mohammed-bin-salman");
        Assert.Contains(meeting.Participants, p => Slug(p) == "vladimir-putin");
    }

    [Fact]
    public void AnEntityIsOneObjectPerArticle()
    {
        var facts = From("Putin met Sisi in Cairo. Putin met Sisi again in Moscow.", "en");
        var putin = facts.Entities.Single(e => Slug(e) == "vladimir-putin");
        Assert.All(facts.Events, e => Assert.Contains(e.Participants, p => ReferenceEquals(p, putin)));
    }

    [Fact]
    public void ATitleWithoutAStateIsTheHolderTheArticleNamesMost()
    {
        // Herzog (named twice) and Sisi both head a state; "the president" is Herzog.
        var events = From("נשיא המדינה יצחק הרצוג נחת בקהיר. הרצוג ייפגש עם נשיא מצרים א-סיסי. הנשיא ייפגש מחר עם ולדימיר פוטין.", "he").Events;
        Assert.Contains(events, e => e.Type == EventType.Meeting && e.Participants.Any(p => Slug(p) == "vladimir-putin") && e.Participants.Any(p => Slug(p) == "isaac-herzog"));
    }

    [Theory]
    [InlineData("Putin met Egyptian Foreign Minister Badr Abdelatty in Moscow on Tuesday.", "en", "Badr Abdelatty", Role.ForeignMinister, "egypt")]
    [InlineData("В Москве посол Бадр Абдель Аты встретился с Путиным.", "ru", "Бадр Абдель Аты", Role.Diplomat, null)]
    [InlineData("التقى بوتين وزير الخارجية المصري محمد عبد العاطي في موسكو.", "ar", "محمد عبد", Role.ForeignMinister, "egypt")]
    [InlineData("פוטין נפגש במוסקבה עם שר החוץ המצרי מוחמד עבד אל-עאטי.", "he", "מוחמד עבד", Role.ForeignMinister, "egypt")]
    public void ATitleFollowedByANameTheGazetteerLacksIsAnUnlinkedPersonWithRoleAndState(string text, string language, string label, Role role, string? state)
    {
        var facts = From(text, language);
        var person = Assert.Single(facts.Entities, e => e.Known is null);
        Assert.Equal(EntityKind.Person, person.Kind);
        Assert.Equal(label, person.Label);
        Assert.Equal(role, person.Role);
        Assert.Equal(state, person.OfState?.Value[(person.OfState.Value.LastIndexOf('/') + 1)..]);
        var meeting = Assert.Single(facts.Events, e => e.Type == EventType.Meeting);
        Assert.Contains(person, meeting.Participants);
    }

    [Theory]
    [InlineData("President Putin said on Monday that the Foreign Minister will travel.", "en")]
    [InlineData("The Egyptian Foreign Minister Cairo talks ended.", "en")] // one capitalised word is not a name
    [InlineData("قال وزير الخارجية المصري في القاهرة إن المحادثات انتهت.", "ar")] // no given name follows
    public void NoUnlinkedPersonWithoutAName(string text, string language)
    {
        Assert.DoesNotContain(From(text, language).Entities, e => e.Known is null);
    }

    [Fact]
    public void AGivenNameIsMatchedAsSpeltNotAsFolded()
    {
        // "على" (on) folds like the given name "علي" of the gazetteer's Ali Khamenei, but is another word.
        var gazetteer = TestGazetteer.Load("""
            id:israel a ng:State ; rdfs:label "Israel"@en . # titles.tsv names its office
            id:ali-khamenei a ng:Person ; rdfs:label "Ali Khamenei"@en ; skos:prefLabel "علي خامنئي"@ar .
            """);
        var extractor = new FactExtractor(gazetteer);
        Assert.DoesNotContain(extractor.Extract(Article("جلس وزير الخارجية على مائدة العشاء.", "ar")).Entities, e => e.Known is null);
        var named = Assert.Single(extractor.Extract(Article("جلس وزير الخارجية علي باقري على مائدة العشاء.", "ar")).Entities, e => e.Known is null);
        Assert.Equal("علي باقري", named.Label);
    }
}
