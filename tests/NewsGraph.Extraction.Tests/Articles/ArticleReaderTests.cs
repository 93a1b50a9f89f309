using NewsGraph.Extraction.Articles;

namespace NewsGraph.Extraction.Tests.Articles;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("newsgraph-articles-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void PlainTextPageKeepsHeadlineAndBodyAndReadsTheDateLine()
    {
        var article = ArticleReader.FromText("a1", "الرئيس يزور الصين\nTue, 16 Oct 2018 19:13:09 GMT\n\nوصل الرئيس اليوم إلى بكين.\nوالتقى نظيره الصيني.\n", "mem");
        Assert.Equal("ar", article.Language);
        Assert.Equal("الرئيس يزور الصين", article.Title);
        Assert.Equal(new DateOnly(2018, 10, 16), article.Published);
        Assert.Equal("الرئيس يزور الصين\nوصل الرئيس اليوم إلى بكين.\nوالتقى نظيره الصيني.", article.Text);
    }

    [Fact]
    public void SiteClockAboveTheHeadlineIsNotThePublicationDate()
    {
        var article = ArticleReader.FromText("a2", "الأربعاء 24 أبريل 2024\n\nالرئيس يجري محادثة مع بوتين\n\nتحدث الرئيس أمس الجمعة مع بوتين.", "mem");
        Assert.Null(article.Published);
        Assert.Equal("الرئيس يجري محادثة مع بوتين", article.Title);
        Assert.DoesNotContain("2024", article.Text);
    }

    [Fact]
    public void FurnitureIsRemoved()
    {
        const string page = "Leaders meet in Minsk\nBy: A. Writer\nLoading...\nThe president held talks in Minsk.\nShare\nRead more: Another story about something else\nThe talks lasted two hours.\n"
                            + "Related Posts\nA teaser of another story\n";
        var article = ArticleReader.FromText("e1", page, "mem");
        Assert.Equal("Leaders meet in Minsk\nThe president held talks in Minsk.\nThe talks lasted two hours.", article.Text);
        Assert.Equal("en", article.Language);
    }

    [Theory]
    [InlineData("© 2024 Sky News Arabia. All rights reserved.")]
    [InlineData("Copyright © 2024 The Outlet")]
    [InlineData("All rights reserved to The Outlet")]
    [InlineData("جميع الحقوق محفوظة لموقع الأخبار 2024")]
    [InlineData("כל הזכויות שמורות לאתר החדשות")]
    [InlineData("Все права защищены. Перепечатка запрещена")]
    public void ACopyrightLineIsDropped(string copyright)
    {
        var article = ArticleReader.FromText("c1", $"Leaders meet in Minsk\nThe president held talks in Minsk.\nThe talks lasted two hours.\n{copyright}\n", "mem");
        Assert.Equal("Leaders meet in Minsk\nThe president held talks in Minsk.\nThe talks lasted two hours.", article.Text);
    }

    [Fact]
    public void ReadAlsoAloneLateInThePageStartsAnotherArticle()
    {
        const string page = "لوكاشينكو يلتقي شي\nتاريخ النشر: 3rd, December 2023 GMT\nتوجه الرئيس إلى بكين اليوم الأحد لإجراء محادثات.\nوقالت الوكالة إن الزيارة زيارة عمل.\nإقرأ أيضاً:\nترامب: لن يحدث جديد قبل أن ألتقي بوتين\nقال الرئيس الأميركي اليوم الخميس إنه لا يتوقع تقدما.";
        var article = ArticleReader.FromText("a3", page, "mem");
        Assert.Equal(new DateOnly(2023, 12, 3), article.Published);
        Assert.DoesNotContain("ترامب", article.Text);
        Assert.EndsWith("زيارة عمل.", article.Text);
    }

    [Fact]
    public void ARunOfShortLinesAfterTheBodyIsOtherStoriesTeasers()
    {
        const string page = "הנשיא יבקר בקהיר\nהנשיא יצא היום בבוקר לביקור רשמי במצרים, שם ייפגש עם נשיא מצרים ועם ראש הממשלה שלה.\nהשניים ידונו ביחסים בין המדינות, במצב באזור ובשיתוף הפעולה הכלכלי, כך נמסר הערב מלשכת הנשיא.\n"
                            + "תיעוד: שריפה גדולה פרצה בעיר\n\"אזהרה אחרונה\"\nמזג האוויר: גשמים בצפון ובמרכז\n";
        var article = ArticleReader.FromText("h1", page, "mem");
        Assert.EndsWith("כך נמסר הערב מלשכת הנשיא.", article.Text);
        var short2 = ArticleReader.FromText("h2", "הנשיא יבקר בקהיר\nהנשיא יצא היום לביקור רשמי במצרים.\nהשניים ידונו ביחסים.\nהביקור יימשך יומיים.\n", "mem");
        Assert.EndsWith("הביקור יימשך יומיים.", short2.Text);
    }

    [Fact]
    public void MastheadRepeatedLinesAndHebrewCommentsAreDropped()
    {
        const string page = "רה\"מ נפגש עם הנשיא\n\nחדשות כיפה חדשות כיפה 14/05/22 20:49 יג באייר התשפב\n\nהנשיא ימריא מחר לאבו דאבי.\nהנשיא ימריא מחר לאבו דאבי.\nמה דעתך בנושא?\n3 תגובות\nיוסף\n14:41 18.10.2022";
        var article = ArticleReader.FromText("h1", page, "mem");
        Assert.Equal(new DateOnly(2022, 5, 14), article.Published);
        Assert.Equal("חדשות כיפה", article.Outlet);
        Assert.Equal("he", article.Language);
        Assert.Equal("רה\"מ נפגש עם הנשיא\nהנשיא ימריא מחר לאבו דאבי.", article.Text);
    }

    [Fact]
    public void LabelledDateInFrontOfTheFirstParagraphIsTaken()
    {
        var article = ArticleReader.FromText("e2", " date 2020-01-12 BEIRUT, LEBANON (11:20 A.M.) – Iranian state TV announced the arrival of the Emir of Qatar in Tehran for talks with officials, headed by the President.", "mem");
        Assert.Equal(new DateOnly(2020, 1, 12), article.Published);
        Assert.StartsWith("BEIRUT", article.Text);
        Assert.Null(article.Title);
    }

    [Fact]
    public void SidecarMetadataBesideTheFileWins()
    {
        Write("SOURCES.tsv", "file\tlang\toutlet\tpublished\tsource\nx-1\tru\tGagauzinfo\t2024-12-12\thttps://example.org/x\n");
        var path = Write("x-1.txt", "В Париже Трамп говорил с Зеленским\n\nНа встрече в Париже 7 декабря Трамп настаивал на прекращении огня.");
        var article = Assert.Single(new ArticleReader().Read(path));
        Assert.Equal("x-1", article.Id);
        Assert.Equal(new DateOnly(2024, 12, 12), article.Published);
        Assert.Equal("Gagauzinfo", article.Outlet);
        Assert.Equal("ru", article.Language);
    }

    [Fact]
    public void JsonLinesReportBadLinesAndReadTheOthers()
    {
        var path = Write("feed.jsonl",
            "{\"id\":\"j1\",\"url\":\"https://example.org/1\",\"title\":\"Putin meets Xi\",\"published\":\"2023-03-20T10:00:00Z\",\"text\":\"Putin met Xi in Moscow.\",\"lang\":\"en\"}\n"
            + "{not json\n"
            + "{\"id\":\"j3\",\"title\":\"no text\"}\n"
            + "{\"id\":\"j4\",\"text\":\"Лукашенко прибыл в Пекин.\"}\n");
        var reader = new ArticleReader();
        var articles = reader.Read(path).ToList();
        Assert.Equal(["j1", "j4"], articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2023, 3, 20), articles[0].Published);
        Assert.Equal("Putin meets Xi\nPutin met Xi in Moscow.", articles[0].Text);
        Assert.Equal("https://example.org/1", articles[0].Url);
        Assert.Equal("ru", articles[1].Language);
        Assert.Equal([$"{path}:2", $"{path}:3"], reader.Errors.Select(e => e.Source));
    }

    [Fact]
    public void HtmlPrefersArticleAndMetadata()
    {
        var path = Write("page.html", """
            <html lang="en"><head>
              <meta property="og:title" content="Erdogan calls Putin">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2021-12-26T18:00:00+03:00">
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <article>
                <h1>Erdogan calls Putin</h1>
                <p>Turkish President Erdogan held a telephone conversation with Putin on Sunday.</p>
                <div class="share-buttons"><p>Share on Facebook</p></div>
                <p>The two leaders agreed to stay in touch.</p>
                <aside><p>Related: another story</p></aside>
              </article>
              <footer><p>© Example News</p></footer>
            </body></html>
            """);
        var article = Assert.Single(new ArticleReader().Read(path));
        Assert.Equal("Erdogan calls Putin", article.Title);
        Assert.Equal(new DateOnly(2021, 12, 26), article.Published);
        Assert.Equal("Example News", article.Outlet);
        Assert.Equal("en", article.Language);
        Assert.Equal("Erdogan calls Putin\nTurkish President Erdogan held a telephone conversation with Putin on Sunday.\nThe two leaders agreed to stay in touch.", article.Text);
    }
}
