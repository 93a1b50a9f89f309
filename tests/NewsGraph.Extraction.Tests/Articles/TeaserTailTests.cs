using NewsGraph.Extraction.Articles;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Mentions;
using NewsGraph.Extraction.Text;
using static NewsGraph.Extraction.Tests.TestGazetteer;

namespace NewsGraph.Extraction.Tests.Articles;

public class TeaserTailTests
{
    private static readonly TeaserTail Tail = new(new MentionFinder(World,
        Table("ar|title|الرئيس|HeadOfState", "ar|title|وزير الخارجية|ForeignMinister", "en|title|President|HeadOfState"),
        new Morphology(LexiconTable.Load("morphology"))));

    private const string Opening = "بوتين يستقبل هرتسوغ في موسكو\nاستقبل الرئيس فلاديمير بوتين اليوم في موسكو الرئيس يتسحاق هرتسوغ.\nوبحث الرئيسان العلاقات بين البلدين.";

    private static Article Page(string text, string language = "ar") => new("t", language, null, null, null, null, text, "mem");

    [Fact]
    public void ARunOfOtherStoriesAtTheEndIsCut()
    {
        const string teasers = "\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.\nقال الرئيس الأمريكي جو بايدن إنه قلق.";
        Assert.Equal(Opening, Tail.Cut(Page(Opening + teasers)).Text);
    }

    [Fact]
    public void AClosingParagraphAboutTheArticlesStatesEndsTheRun()
    {
        // Lavrov names no one of the opening, but he is Russia's minister and Putin is Russia's president.
        const string tail = "\nوكان وزير الخارجية سيرغي لافروف قد زار الرياض.\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.";
        var page = Page(Opening + tail);
        Assert.Same(page, Tail.Cut(page));
    }

    [Fact]
    public void TwoUnrelatedClosingParagraphsAreKept()
    {
        const string tail = "\nوفي سياق آخر، أصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nودعا ولي العهد محمد بن سلمان إلى قمة.";
        var page = Page(Opening + tail);
        Assert.Same(page, Tail.Cut(page));
    }

    [Fact]
    public void AClosingParagraphNamingNoOneStaysWithTheArticle()
    {
        const string closing = "\nوقال مراقبون إن الزيارة مهمة.";
        const string teasers = "\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.\nقال الرئيس الأمريكي جو بايدن إنه قلق.";
        Assert.Equal(Opening + closing, Tail.Cut(Page(Opening + closing + teasers)).Text);
    }

    [Fact]
    public void AParagraphNamingNoOneAmongTheTeasersGoesWithThem()
    {
        const string teasers = "\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.\nأكد مصدر مسؤول أن الأنباء لا أساس لها.\nقال الرئيس الأمريكي جو بايدن إنه قلق.";
        Assert.Equal(Opening, Tail.Cut(Page(Opening + teasers)).Text);
    }

    [Fact]
    public void ParagraphsNamingNoOneDoNotMakeARun()
    {
        const string tail = "\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nوقال مراقبون إن الزيارة مهمة.\nوأكد مصدر مسؤول أن الأنباء لا أساس لها.\nدعا ولي العهد محمد بن سلمان إلى قمة.";
        var page = Page(Opening + tail);
        Assert.Same(page, Tail.Cut(page));
    }

    [Fact]
    public void NothingIsCutAfterAnOpeningThatNamesNoOneKnown()
    {
        const string text = "زيارة مرتقبة\nيصل وفد رفيع اليوم في زيارة تستغرق يومين.\nوبحث الوفد ملفات عدة.\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.\nقال الرئيس الأمريكي جو بايدن إنه قلق.";
        var page = Page(text);
        Assert.Same(page, Tail.Cut(page));
    }

    [Fact]
    public void TheHeadlineTheLeadAndOneMoreParagraphAreAlwaysKept()
    {
        // Every paragraph after the lead names other people, but cutting three would leave the article no body.
        const string text = "Biden speaks\nPresident Joe Biden spoke today.\nAbdel Fattah el-Sisi met Mohammed bin Salman.\nSergey Lavrov went to Cairo.\nVladimir Putin went to Riyadh.";
        var page = Page(text, "en");
        Assert.Same(page, Tail.Cut(page));
    }

    [Fact]
    public void ThePipelineExtractsNothingFromTheTeasers()
    {
        const string teasers = "\nأصدر الرئيس المصري عبد الفتاح السيسي قرارا جديدا.\nدعا ولي العهد محمد بن سلمان إلى قمة.\nقال الرئيس الأمريكي جو بايدن إنه \"قلق جدا من التقارير\".";
        var facts = new ExtractionPipeline(World).Extract(Page(Opening + teasers));
        Assert.Equal(Opening + teasers, facts.Article.Text);
        Assert.All(facts.Sentences, sentence => Assert.True(sentence.End <= Opening.Length));
        Assert.DoesNotContain(facts.Entities, e => e.Known?.Iri == Id("joe-biden"));
    }
}
