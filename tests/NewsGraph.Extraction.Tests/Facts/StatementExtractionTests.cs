using NewsGraph.Extraction.Facts;
using static NewsGraph.Extraction.Tests.Facts.Extract;

namespace NewsGraph.Extraction.Tests.Facts;

public class StatementExtractionTests
{
    [Fact]
    public void ArabicVerbFirstReportedSpeech()
    {
        var statement = Assert.Single(From("قال بوتين إن روسيا مستعدة للحوار مع الجميع.", "ar").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.Equal("إن روسيا مستعدة للحوار مع الجميع", statement.Quote);
        Assert.False(statement.Direct);
    }

    [Fact]
    public void APersonIsPreferredOverTheStateAdjectiveNextToTheVerb()
    {
        var statement = Assert.Single(From("قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع عن مواقفها.", "ar").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.StartsWith("إن بلاده", statement.Quote);
    }

    [Fact]
    public void EnglishSpeakerBeforeTheVerb()
    {
        var statement = Assert.Single(From("Russian President Vladimir Putin said that the talks with Cairo were useful.", "en").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.Equal("that the talks with Cairo were useful", statement.Quote);
    }

    [Fact]
    public void AQuotationAttributedToAStateThroughItsDemonym()
    {
        const string text = "“We will continue to work with all our partners,” the Russian presidency said.";
        var statement = Assert.Single(From(text, "en").Statements);
        Assert.Equal("russia", Slug(statement.Speaker));
        Assert.True(statement.Direct);
        Assert.StartsWith("We will continue to work with all our partners", statement.Quote);
        Assert.Contains(statement.Quote, text);
    }

    [Fact]
    public void ArabicContinuationKeepsThePreviousSpeaker()
    {
        var statements = From("قال بوتين إن روسيا مستعدة للحوار. وأضاف أن الغرب يتحمل مسؤولية الأزمة.", "ar").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("vladimir-putin", Slug(s.Speaker)));
        Assert.Equal("أن الغرب يتحمل مسؤولية الأزمة", statements[1].Quote);
    }

    [Fact]
    public void EnglishContinuationKeepsThePreviousSpeaker()
    {
        var statements = From("Putin said that Russia was ready for talks. He added that the West bore responsibility for the crisis.", "en").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("vladimir-putin", Slug(statements[1].Speaker));
        Assert.Equal("that the West bore responsibility for the crisis", statements[1].Quote);
    }

    [Fact]
    public void AQuotationWithoutAVerbContinuesTheSpeakerOfTheSentenceBefore()
    {
        var statements = From("Lavrov said that the meeting had been constructive. “We agreed on the next steps together.”", "en").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("sergey-lavrov", Slug(statements[1].Speaker));
        Assert.True(statements[1].Direct);
        Assert.Equal("We agreed on the next steps together.", statements[1].Quote);
    }

    [Fact]
    public void TheEvidenceIsTheSentenceOfTheStatement()
    {
        const string text = "Putin arrived in Cairo.\nPutin said that Russia was ready for talks.";
        var statement = Assert.Single(From(text, "en").Statements);
        Assert.Equal("Putin said that Russia was ready for talks.", text[statement.Evidence.Start..statement.Evidence.End]);
    }

    [Fact]
    public void NoSpeechVerbNoStatement() =>
        Assert.Empty(From("Putin arrived in Cairo on Tuesday for a two-day visit.", "en").Statements);

    [Fact]
    public void ANameWithAPrepositionLetterIsNotTheSpeaker()
    {
        var statement = Assert.Single(From("قال السيسي لبوتين إن مصر تريد السلام مع الجميع.", "ar").Statements);
        Assert.Equal("abdel-fattah-el-sisi", Slug(statement.Speaker));
    }

    [Fact]
    public void ANameAfterAPrepositionIsNotTheSpeakerAndTheVerbContinuesTheTopic()
    {
        var statement = Assert.Single(From("وصل السيسي إلى موسكو.\nوقال في اجتماع مع لافروف إن العلاقات بين البلدين ممتازة.", "ar").Statements);
        Assert.Equal("abdel-fattah-el-sisi", Slug(statement.Speaker));
        Assert.StartsWith("إن العلاقات", statement.Quote);
    }

    [Fact]
    public void AStateAdjectiveSpeaksOnlyBesideAnOffice()
    {
        var ministry = Assert.Single(From("وقالت وزارة الخارجية الروسية إن المحادثات كانت مفيدة جدا.", "ar").Statements);
        Assert.Equal("russia", Slug(ministry.Speaker));
        Assert.Empty(From("وقال التلفزيون الروسي إن المحادثات كانت مفيدة جدا.", "ar").Statements);
    }

    [Fact]
    public void AWeakVerbReportsWordsOnlyThroughAComplementizer()
    {
        Assert.Empty(From("Putin announced the visit of the Egyptian president to Moscow next week.", "en").Statements);
        var statement = Assert.Single(From("Putin announced that Russia would send a delegation to Cairo.", "en").Statements);
        Assert.Equal("that Russia would send a delegation to Cairo", statement.Quote);
    }

    [Fact]
    public void AVerbFollowedByAboutNamesATopicNotWords() =>
        Assert.Empty(From("تحدث مسؤولون.\nوكشف بوتين عن تفاصيل الزيارة المقبلة إلى القاهرة.", "ar").Statements);

    [Fact]
    public void WordsBeforeACommaAndTheAttributionAreTheQuote()
    {
        var statement = Assert.Single(From("Relations between the two countries are excellent, Putin said in an interview with Egyptian television.", "en").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.Equal("Relations between the two countries are excellent", statement.Quote);
    }

    [Fact]
    public void AnEnglishNameFarAfterTheVerbIsItsObject() =>
        Assert.Empty(From("Egyptian television confirmed the arrival in Cairo of the Russian President, Vladimir Putin.", "en").Statements);

    [Fact]
    public void AScareQuoteIsNotAStatement() =>
        Assert.Empty(From("Putin arrived in Cairo for a \"very important working visit\" on Tuesday.", "en").Statements);

    [Fact]
    public void AQuotationSpanningSentencesIsAttributedWhereItCloses()
    {
        const string text = "Лавров прибыл в Каир.\n„Мы обсудили важные вопросы. Мы хотим мира и сотрудничества”, - пишет Владимир Путин.";
        var statement = Assert.Single(From(text, "ru").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.Equal("Мы обсудили важные вопросы. Мы хотим мира и сотрудничества", statement.Quote);
    }

    [Fact]
    public void AMinistrySpeaksForItsState()
    {
        var statement = Assert.Single(From("قالت وزارة الخارجية الروسية إن المحادثات مع القاهرة كانت مفيدة.", "ar").Statements);
        Assert.Equal("russia", Slug(statement.Speaker));
    }

    [Fact]
    public void ASourceSubjectIsNotHandedToThePreviousSpeaker()
    {
        var statements = From("قال بوتين إن روسيا مستعدة للحوار. وذكر التلفزيون أن الغرب يتحمل مسؤولية الأزمة. وأضاف أن الحوار مستمر منذ شهر.", "ar").Statements;
        var statement = Assert.Single(statements);
        Assert.StartsWith("إن روسيا", statement.Quote);
    }

    [Fact]
    public void APrepositionGovernsThePlaceAfterItNotTheSubjectThatFollows()
    {
        var statement = Assert.Single(From("В Женеве Владимир Путин заявил, что переговоры с Европой необходимы.", "ru").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
    }

    [Fact]
    public void SpeakingToSomeoneAboutATopicReportsNoWords()
    {
        Assert.Empty(From("Владимир Путин говорил Лаврову о санкциях против европейских компаний.", "ru").Statements);
    }

    [Fact]
    public void AccordingToWhatTheMediaReportedIsNoPersonsStatement()
    {
        var statements = From("وبحسب ما ذكرته وسائل الإعلام، فإن روسيا مستعدة للحوار مع الغرب.", "ar").Statements;
        Assert.All(statements, st => Assert.Null(st.Speaker));
    }

    [Fact]
    public void ANewsAgencyBeforeAQuotationGivesNoSpeaker()
    {
        const string text = "Putin said that Russia was ready for talks. TASS reported: \"The talks will take place in Moscow next week.\"";
        var statement = Assert.Single(From(text, "en").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
    }

    [Fact]
    public void ASourceRelayingSomeonesWordsKeepsThePreviousSpeaker()
    {
        var statements = From("قال بوتين إن روسيا مستعدة للحوار. ونقلت قناة تلفزيونية قوله: \"لن نتراجع عن مواقفنا أبدا\".", "ar").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("vladimir-putin", Slug(statements[1].Speaker));
        Assert.Equal("لن نتراجع عن مواقفنا أبدا", statements[1].Quote);
    }

    [Fact]
    public void TheHeadOfDiplomacyIsTheForeignMinisterNotTheHeadOfState()
    {
        const string text = "استقبل بوتين ولافروف الوفد المصري في موسكو. واعتبر رئيس الدبلوماسية الروسية أن اللقاء كان مهما جدا للبلدين.";
        var statement = Assert.Single(From(text, "ar").Statements);
        Assert.Equal("sergey-lavrov", Slug(statement.Speaker));
    }

    [Fact]
    public void HebrewPluralSubjectIsEachOfThePairNamedBefore()
    {
        var statements = From("הרצוג שוחח עם פוטין. בסיום השיחה הדגישו הנשיאים את החשיבות בהמשך הדיאלוג בין המדינות.", "he").Statements;
        Assert.Equal(["isaac-herzog", "vladimir-putin"], statements.Select(s => Slug(s.Speaker)).Order());
        Assert.All(statements, s => Assert.Equal("את החשיבות בהמשך הדיאלוג בין המדינות", s.Quote));
    }

    [Fact]
    public void EnglishPluralSubjectIsEachOfThePairNamedBefore()
    {
        var statements = From("Putin spoke with Herzog by phone. The two leaders said that the talks had been useful.", "en").Statements;
        Assert.Equal(["isaac-herzog", "vladimir-putin"], statements.Select(s => Slug(s.Speaker)).Order());
    }

    [Fact]
    public void APluralSubjectNeedsTwoNamedPersons()
    {
        var statements = From("Putin arrived in Cairo. The two leaders said that the talks had been useful.", "en").Statements;
        Assert.DoesNotContain(statements, s => s.Speaker is not null && Slug(s.Speaker) == "isaac-herzog");
        Assert.True(statements.Count <= 1);
    }

    [Fact]
    public void HebrewAddedClauseInTheSameSentenceIsASecondStatement()
    {
        var statements = From("בשיחה הדגיש פוטין כי היחסים בין המדינות חשובים מאוד, והוסיף כי הוא מצפה לביקור בקרוב.", "he").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("vladimir-putin", Slug(s.Speaker)));
        Assert.Contains("מצפה לביקור בקרוב", statements[1].Quote);
        Assert.DoesNotContain("מצפה", statements[0].Quote);
    }

    [Fact]
    public void AnAddedVerbWithoutComplementizerAddsNothing()
    {
        var statements = From("Putin said that the talks were useful and added nothing more about the visit of the delegation.", "en").Statements;
        Assert.Single(statements);
    }

    [Theory]
    [InlineData("قال بوتين إن المحادثات كانت مفيدة. ولم يؤكد الكرملين بعد أي خطط للسفر إلى القاهرة.", "ar")]
    [InlineData("Putin said that the talks were useful. The Kremlin did not say when the next visit to Cairo would be.", "en")]
    public void ANegatedSpeechVerbReportsNoWords(string text, string language)
    {
        Assert.Single(From(text, language).Statements);
    }

    [Fact]
    public void AQuotationLeftOpenAtTheParagraphEndRunsToIt()
    {
        var statements = From("פוטין אמר כי השיחות היו חשובות. \"אנחנו מוכנים לדבר עם כל השכנים שלנו. אנחנו לא הולכים", "he").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("vladimir-putin", Slug(statements[1].Speaker));
        Assert.Equal("אנחנו מוכנים לדבר עם כל השכנים שלנו. אנחנו לא הולכים", statements[1].Quote);
    }

    [Fact]
    public void AStrayMarkInsideASentenceOpensNoQuotation()
    {
        var statements = From("Putin said that the talks were useful. Officials called the 12\" pipe plan a good start for everyone involved.", "en").Statements;
        Assert.Single(statements);
    }

    [Theory]
    [InlineData("قال بوتين إن روسيا تدعم \"حلا سياسيا شاملا للأزمة\" مع \"مشاركة متساوية من جميع الأطراف\".", "ar")]
    [InlineData("Putin said Russia backs \"a political solution to the crisis\" with \"equal participation of all sides\".", "en")]
    public void AQuotationThatGoesOnWithoutAVerbJoinsThePreviousOne(string text, string language)
    {
        var statement = Assert.Single(From(text, language).Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
        Assert.Equal(2, statement.Quote.Split(" … ").Length);
    }

    [Fact]
    public void AQuotationAfterAnotherVerbOfSayingIsAStatementOfItsOwn()
    {
        var statements = From("Putin said Russia backs \"a political solution to the crisis\" and added that \"all sides must take part in it\".", "en").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.DoesNotContain(" … ", s.Quote));
    }

    [Theory]
    [InlineData("بحسب قناة إخبارية أمريكية، فقد استقبل الرئيس الروسي فلاديمير بوتين الوفد المصري في الكرملين.", "ar")]
    [InlineData("According to an American television channel, Russian President Vladimir Putin received the Egyptian delegation.", "en")]
    public void AnAccordingPhraseThatNamesNobodyGivesNoStatementToTheNamesOfItsWords(string text, string language)
    {
        Assert.Empty(From(text, language).Statements);
    }

    [Theory]
    [InlineData("بحسب موسكو، فإن المحادثات مع القاهرة كانت مفيدة جدا للطرفين.", "ar", "فإن المحادثات مع القاهرة كانت مفيدة جدا للطرفين")]
    [InlineData("The talks with Cairo were very useful for both sides, according to Moscow.", "en", "The talks with Cairo were very useful for both sides")]
    public void AnAccordingPhraseNamesItsSpeakerAndACapitalSpeaksForItsState(string text, string language, string words)
    {
        var statement = Assert.Single(From(text, language).Statements);
        Assert.Equal("russia", Slug(statement.Speaker));
        Assert.Equal(words, statement.Quote);
    }

    [Fact]
    public void ACapitalOutsideAnAccordingPhraseIsNoSpeaker()
    {
        var statement = Assert.Single(From("قال بوتين إن المحادثات مفيدة. وأضاف بعد أن زار موسكو أن الغرب يتحمل مسؤولية الأزمة.", "ar").Statements.Skip(1));
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
    }

    [Fact]
    public void AccordingToHimContinuesThePreviousSpeaker()
    {
        var statements = From("قال بوتين إن المحادثات مفيدة. \"نحن مستعدون للحوار مع الجميع\"، بحسب تعبيره.", "ar").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("vladimir-putin", Slug(statements[1].Speaker));
    }

    [Fact]
    public void AnAccordingPhraseThatNamesNobodyDoesNotEndTheSpeakersRun()
    {
        const string text = "אמר פוטין כי השיחות היו חשובות. לפי נתוני המכס, הסחר עלה בשנה שעברה. \"אנחנו מוכנים לדבר עם כל השכנים שלנו\".";
        var statements = From(text, "he").Statements;
        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("vladimir-putin", Slug(s.Speaker)));
    }

    [Theory]
    [InlineData("وكانت الولايات المتحدة حذرت مصر الأسبوع الماضي من أنها ستتخذ إجراءات صارمة ضد المخالفين.", "ar")]
    [InlineData("الولايات المتحدة حذرت مصر من أنها ستتخذ إجراءات صارمة ضد المخالفين.", "ar")]
    public void ANameOpeningTheSentenceRightBeforeTheVerbIsItsSubject(string text, string language)
    {
        var statement = Assert.Single(From(text, language).Statements);
        Assert.Equal("united-states", Slug(statement.Speaker));
    }

    [Fact]
    public void ANameInASubordinateClauseOpeningTheSentenceIsNotTheMainVerbsSubject()
    {
        const string text = "قال لافروف إن المحادثات كانت مفيدة. وبعدما أكد موقف مصر، قال إنه اقترح على الحكومة البريطانية فتح تحقيق مشترك.";
        var statements = From(text, "ar").Statements;
        Assert.Equal(2, statements.Count);
        Assert.Equal("sergey-lavrov", Slug(statements[1].Speaker));
        Assert.StartsWith("إنه اقترح", statements[1].Quote);
    }

    [Fact]
    public void AFixedPhraseHidesThePrepositionItHolds()
    {
        var statement = Assert.Single(From("В свою очередь Путин заявил, что Россия готова к переговорам с Египтом.", "ru").Statements);
        Assert.Equal("vladimir-putin", Slug(statement.Speaker));
    }
}
