using NewsGraph.Extraction.Dates;

namespace NewsGraph.Extraction.Tests.Dates;

public class DateFinderTests
{
    private static readonly DateFinder Finder = new();

    /// <summary>The one mention in <paramref name="text"/> that covers <paramref name="span"/>, as "value" or "value/end".</summary>
    private static string Resolve(string text, string language, string? published, string span)
    {
        DateOnly? date = published is null ? null : DateOnly.Parse(published);
        var mentions = Finder.Find(text, language, date);
        foreach (var mention in mentions)
        {
            if (text.Substring(mention.Start, mention.Length) == span)
                return mention.End is null ? $"{mention.Value}" : $"{mention.Value}/{mention.End}";
        }
        var found = string.Join(" | ", mentions.Select(m => $"[{text.Substring(m.Start, m.Length)}]={m.Value}"));
        throw new Xunit.Sdk.XunitException($"no mention '{span}' in: {found}");
    }

    [Theory]
    [InlineData("en", "The summit was held on 15 May 2022 in Abu Dhabi.", "15 May 2022", "2022-05-15")]
    [InlineData("en", "Published 3rd, December 2023 GMT", "3rd, December 2023", "2023-12-03")]
    [InlineData("en", "Tue, 16 Oct 2018 19:13:09 GMT", "Tue, 16 Oct 2018", "2018-10-16")]
    [InlineData("en", "Posted 2024-11-13T06:06 by staff", "2024-11-13", "2024-11-13")]
    [InlineData("ar", "الأربعاء 24 أبريل 2024", "الأربعاء 24 أبريل 2024", "2024-04-24")]
    [InlineData("ar", "في ٢٤ نيسان ٢٠٢٤ وصل الوفد", "٢٤ نيسان ٢٠٢٤", "2024-04-24")]
    [InlineData("ar", "يؤدي الوزير اليوم 25 فيفري 2015 زيارة", "اليوم 25 فيفري 2015", "2015-02-25")]
    [InlineData("he", "הטקס נערך ב-14 במאי 2022 בירושלים", "ב-14 במאי 2022", "2022-05-14")]
    [InlineData("ru", "Встреча прошла 13 ноября 2024 года в Баку", "13 ноября 2024 года", "2024-11-13")]
    [InlineData("ar", "28/03/2016", "28/03/2016", "2016-03-28")]
    [InlineData("he", "14/05/22 20:49", "14/05/22", "2022-05-14")]
    public void AbsoluteDates(string language, string text, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, null, span));

    [Theory]
    [InlineData("en", "The leaders will meet on March 20 in Moscow.", "2023-03-17", "March 20", "2023-03-20")]
    [InlineData("ar", "وصل الوزير في 20 مارس إلى بكين.", "2023-03-25", "20 مارس", "2023-03-20")]
    [InlineData("he", "הנשיא ימריא ב-15 במאי לאבו דאבי.", "2022-05-14", "ב-15 במאי", "2022-05-15")]
    [InlineData("ru", "Переговоры прошли 13 ноября в Баку.", "2024-11-20", "13 ноября", "2024-11-13")]
    [InlineData("ar", "القمة المقررة في 12 حزيران/يونيو المقبل.", "2018-05-31", "12 حزيران/يونيو المقبل", "2018-06-12")]
    [InlineData("ar", "وبعد اجتماعهما في الأول من مارس، دعا الرئيسان", "2023-12-03", "الأول من مارس", "2023-03-01")]
    public void DaysAndMonthsTakeTheYearFromPublication(string language, string text, string published, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, published, span));

    [Fact]
    public void DayAndMonthWithoutPublicationIsReportedUnresolved()
    {
        var mention = Assert.Single(Finder.Find("Washington, June 22: the President spoke", "en", null));
        Assert.Equal("June 22", "Washington, June 22: the President spoke".Substring(mention.Start, mention.Length));
        Assert.Null(mention.Value);
    }

    [Theory]
    [InlineData("en", "Inflation peaked in March 2023.", "March 2023", "2023-03")]
    [InlineData("ar", "منذ الغزو أواخر فبراير 2022", "فبراير 2022", "2022-02")]
    [InlineData("en", "the Gulf nation was isolated in 2016.", "2016", "2016")]
    [InlineData("ar", "كان أدى زيارة رسمية إلى قطر عام 2012، عندما", "2012", "2012")]
    [InlineData("ru", "визит состоялся в 2012 году", "2012 году", "2012")]
    [InlineData("he", "הארגון נוסד בשנת 2001 ומונה", "2001", "2001")]
    public void MonthsAndYears(string language, string text, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, null, span));

    [Fact]
    public void BareNumbersAndNamesAreNotYearsOrMonths()
    {
        Assert.Empty(Finder.Find("طرد 2012 دبلوماسيا", "ar", new DateOnly(2018, 3, 14)));
        Assert.Empty(Finder.Find("أعلنت رئيسة الوزراء تيريزا ماي طرد دبلوماسيين", "ar", new DateOnly(2018, 3, 14)));
        Assert.Empty(Finder.Find("Theresa May said they may march on.", "en", new DateOnly(2018, 3, 14)));
    }

    [Theory]
    [InlineData("ar", "قال الرئيس الأميركي، دونالد ترامب، الثلاثاء، إن", "2018-10-17", "الثلاثاء", "2018-10-16")]
    [InlineData("en", "Erdoğan held a telephone conversation with Putin on Sunday.", "2021-12-28", "Sunday", "2021-12-26")]
    [InlineData("he", "הנשיא נפגש ביום ראשון עם ראש הממשלה", "2022-07-13", "ביום ראשון", "2022-07-10")]
    [InlineData("ru", "Президенты встретились в воскресенье в Париже", "2024-12-10", "воскресенье", "2024-12-08")]
    [InlineData("en", "Last Wednesday, the minister said", "2020-01-12", "Last Wednesday", "2020-01-08")]
    [InlineData("he", "הפגישה צפויה להתקיים ביום רביעי הבא", "2022-10-19", "ביום רביעי הבא", "2022-10-26")]
    [InlineData("ar", "إن لوكاشينكو سيبدأ زيارة إلى الصين يوم الثلاثاء", "2023-02-25", "الثلاثاء", "2023-02-28")]
    [InlineData("ru", "Лидеры встретятся в следующий понедельник", "2024-12-12", "следующий понедельник", "2024-12-16")]
    public void WeekdaysLookBackUnlessTheFutureIsMarked(string language, string text, string published, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, published, span));

    [Theory]
    [InlineData("en", "The ministers met yesterday in Geneva.", "yesterday", "2024-05-09")]
    [InlineData("en", "They talked by phone last night.", "last night", "2024-05-09")]
    [InlineData("ar", "وصل الرئيس أمس إلى الرياض", "أمس", "2024-05-09")]
    [InlineData("ar", "يصل الوفد غدا إلى الرياض", "غدا", "2024-05-11")]
    [InlineData("ar", "استقبل الرئيس، عشية اليوم الاثنين بقصر قرطاج، الوزير", "عشية اليوم الاثنين", "2024-05-10")]
    [InlineData("he", "ראש הממשלה שוחח אמש בטלפון עם הנשיא", "אמש", "2024-05-09")]
    [InlineData("he", "הנשיא ימריא היום (ראשון) לפראג", "היום (ראשון)", "2024-05-10")]
    [InlineData("ru", "Сегодня президент прибыл в Минск", "Сегодня", "2024-05-10")]
    [InlineData("ru", "завтра начнутся переговоры", "завтра", "2024-05-11")]
    public void RelativeDays(string language, string text, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, "2024-05-10", span));

    [Fact]
    public void AnExplicitDateWinsInACombinedExpression()
    {
        const string text = "נשיא המדינה ימריא מחר, יום ראשון, 15 במאי, לאיחוד האמירויות";
        var mention = Assert.Single(Finder.Find(text, "he", new DateOnly(2022, 5, 14)));
        Assert.Equal("מחר, יום ראשון, 15 במאי", text.Substring(mention.Start, mention.Length));
        Assert.Equal("2022-05-15", mention.Value.ToString());
    }

    [Theory]
    [InlineData("en", "The visit is expected this month.", "this month", "2025-12")]
    [InlineData("he", "הביקור יתקיים עוד החודש", "החודש", "2025-12")]
    [InlineData("ar", "تنطلق المحادثات الشهر المقبل", "الشهر المقبل", "2026-01")]
    [InlineData("ru", "Соглашение подписали в прошлом месяце", "в прошлом месяце", "2025-11")]
    [InlineData("en", "The two met in Moscow last March.", "last March", "2025-03")]
    [InlineData("ar", "التقيا في آذار الماضي", "آذار الماضي", "2025-03")]
    [InlineData("he", "ביקורו בישראל ביולי האחרון", "ביולי האחרון", "2025-07")]
    [InlineData("ar", "زيارة رسمية إلى قطر في شهر ماي المقبل", "ماي المقبل", "2026-05")]
    [InlineData("en", "The two last met in August last year", "August last year", "2024-08")]
    [InlineData("he", "בחודש ספטמבר השנה נפגש ראש הממשלה", "ספטמבר השנה", "2025-09")]
    public void RelativeMonths(string language, string text, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, "2025-12-02", span));

    [Theory]
    [InlineData("en", "The leaders meet next week.", "next week")]
    [InlineData("ar", "يزور موسكو الأسبوع المقبل", "الأسبوع المقبل")]
    [InlineData("he", "הנשיא ימריא בשבוע הבא לוושינגטון", "בשבוע הבא")]
    [InlineData("ru", "Визит состоится на следующей неделе", "на следующей неделе")]
    public void WeeksAreSpansWithoutValue(string language, string text, string span) =>
        Assert.Equal("", Resolve(text, language, "2024-05-10", span));

    [Theory]
    [InlineData("en", "an official visit from 28 February to 2 March", "from 28 February to 2 March", "2023-02-28/2023-03-02")]
    [InlineData("en", "a state visit on 20-22 March", "20-22 March", "2023-03-20/2023-03-22")]
    [InlineData("en", "a state visit on March 20-22", "March 20-22", "2023-03-20/2023-03-22")]
    [InlineData("ar", "زيارة دولة بين 20 و22 مارس", "بين 20 و22 مارس", "2023-03-20/2023-03-22")]
    [InlineData("ar", "خلال زيارته الرسمية في الفترة من 28 فبراير إلى 2 مارس", "في الفترة من 28 فبراير إلى 2 مارس", "2023-02-28/2023-03-02")]
    [InlineData("he", "ביקור ממלכתי מ-20 עד 22 במרץ", "מ-20 עד 22 במרץ", "2023-03-20/2023-03-22")]
    [InlineData("ru", "визит с 20 по 22 марта", "с 20 по 22 марта", "2023-03-20/2023-03-22")]
    public void Ranges(string language, string text, string span, string expected) =>
        Assert.Equal(expected, Resolve(text, language, "2023-03-24", span));

    [Fact]
    public void HebrewCalendarDatesAreSpansWithoutValue()
    {
        const string text = "ימריא ביום י\"ד באייר לאבו דאבי";
        var mention = Assert.Single(Finder.Find(text, "he", new DateOnly(2022, 5, 14)));
        Assert.Equal("י\"ד באייר", text.Substring(mention.Start, mention.Length));
        Assert.Null(mention.Value);
    }
}
