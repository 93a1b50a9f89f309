using NewsGraph.Extraction.Facts;
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
}
