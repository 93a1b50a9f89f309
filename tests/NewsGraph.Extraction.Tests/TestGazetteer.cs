using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Extraction.Lexicon;
using NewsGraph.Extraction.Rdf;
using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Tests;

/// <summary>
/// Gazetteers built from Turtle the tests write (the shape of <c>ontology/gazetteer/README.md</c>),
/// so that extraction tests do not depend on the generated gazetteer. <see cref="World"/> is a
/// small world: a few states with demonyms, cities with ng:country, persons with names in
/// ar/he/en/ru, short names, Russian case forms and tenures. Wikidata links are copied from
/// verified rows of <c>shared/reference/entities.tsv</c> only.
/// </summary>
internal static class TestGazetteer
{
    public const string Prefixes = """
        @prefix ng:   <https://w3id.org/newsgraph/ontology#> .
        @prefix id:   <https://w3id.org/newsgraph/id/entity/> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix owl:  <http://www.w3.org/2002/07/owl#> .
        @prefix wd:   <http://www.wikidata.org/entity/> .

        """;

    private const string WorldTurtle = """
        id:russia a ng:State ;
            rdfs:label "Russia"@en ;
            skos:prefLabel "Russia"@en, "روسيا"@ar, "רוסיה"@he, "Россия"@ru ;
            ng:demonym "Russian"@en, "روسي"@ar, "روسية"@ar, "רוסי"@he, "רוסית"@he, "российский"@ru, "российского"@ru ;
            ng:capital id:moscow ;
            owl:sameAs wd:Q159 .

        id:united-states a ng:State ;
            rdfs:label "United States"@en ;
            skos:prefLabel "United States"@en, "الولايات المتحدة"@ar, "ארצות הברית"@he, "США"@ru ;
            skos:altLabel "US"@en, "ארה\"ב"@he ;
            ng:demonym "American"@en, "أمريكي"@ar, "أميركي"@ar, "אמריקאי"@he, "американский"@ru .

        id:egypt a ng:State ;
            rdfs:label "Egypt"@en ;
            skos:prefLabel "Egypt"@en, "مصر"@ar, "מצרים"@he, "Египет"@ru ;
            ng:demonym "Egyptian"@en, "مصري"@ar, "مصرية"@ar, "מצרי"@he .

        id:saudi-arabia a ng:State ;
            rdfs:label "Saudi Arabia"@en ;
            skos:prefLabel "Saudi Arabia"@en, "السعودية"@ar, "ערב הסעודית"@he, "Саудовская Аравия"@ru ;
            ng:demonym "Saudi"@en, "سعودي"@ar, "سعودية"@ar, "סעודי"@he .

        id:israel a ng:State ;
            rdfs:label "Israel"@en ;
            skos:prefLabel "Israel"@en, "إسرائيل"@ar, "ישראל"@he, "Израиль"@ru ;
            ng:demonym "Israeli"@en, "إسرائيلي"@ar, "ישראלי"@he .

        id:moscow a ng:City ;
            rdfs:label "Moscow"@en ;
            skos:prefLabel "Moscow"@en, "موسكو"@ar, "מוסקבה"@he, "Москва"@ru ;
            ng:country id:russia ;
            owl:sameAs wd:Q649 .

        id:cairo a ng:City ;
            rdfs:label "Cairo"@en ;
            skos:prefLabel "Cairo"@en, "القاهرة"@ar, "קהיר"@he, "Каир"@ru ;
            skos:altLabel "Каире"@ru ;
            ng:country id:egypt .

        id:riyadh a ng:City ;
            rdfs:label "Riyadh"@en ;
            skos:prefLabel "Riyadh"@en, "الرياض"@ar, "ריאד"@he, "Эр-Рияд"@ru ;
            ng:country id:saudi-arabia .

        id:vladimir-putin a ng:Person ;
            rdfs:label "Vladimir Putin"@en ;
            skos:prefLabel "Vladimir Putin"@en, "فلاديمير بوتين"@ar, "ולדימיר פוטין"@he, "Владимир Путин"@ru ;
            ng:shortName "Putin"@en, "بوتين"@ar, "פוטין"@he, "Путин"@ru, "Путина"@ru, "Путиным"@ru ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState id:russia ; ng:startYear 2012 ] ;
            owl:sameAs wd:Q7747 .

        id:sergey-lavrov a ng:Person ;
            rdfs:label "Sergey Lavrov"@en ;
            skos:prefLabel "Sergey Lavrov"@en, "سيرغي لافروف"@ar, "סרגיי לברוב"@he, "Сергей Лавров"@ru ;
            skos:altLabel "Sergei Lavrov"@en, "Сергея Лаврова"@ru, "Сергеем Лавровым"@ru ;
            ng:shortName "Lavrov"@en, "لافروف"@ar, "לברוב"@he, "Лавров"@ru, "Лаврова"@ru, "Лаврову"@ru, "Лавровым"@ru ;
            ng:holds [ a ng:Tenure ; ng:role ng:ForeignMinister ; ng:ofState id:russia ; ng:startYear 2004 ] .

        id:abdel-fattah-el-sisi a ng:Person ;
            rdfs:label "Abdel Fattah el-Sisi"@en ;
            skos:prefLabel "Abdel Fattah el-Sisi"@en, "عبد الفتاح السيسي"@ar, "עבד אל-פתאח א-סיסי"@he, "Абдель Фаттах ас-Сиси"@ru ;
            ng:shortName "Sisi"@en, "el-Sisi"@en, "السيسي"@ar, "א-סיסי"@he, "ас-Сиси"@ru ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState id:egypt ; ng:startYear 2014 ] .

        id:mohammed-bin-salman a ng:Person ;
            rdfs:label "Mohammed bin Salman"@en ;
            skos:prefLabel "Mohammed bin Salman"@en, "محمد بن سلمان"@ar, "מוחמד בן סלמאן"@he, "Мухаммед бен Сальман"@ru ;
            ng:shortName "bin Salman"@en, "بن سلمان"@ar ;
            ng:holds [ a ng:Tenure ; ng:role ng:CrownPrince ; ng:ofState id:saudi-arabia ; ng:startYear 2017 ] .

        id:salman-of-saudi-arabia a ng:Person ;
            rdfs:label "Salman of Saudi Arabia"@en ;
            skos:prefLabel "Salman bin Abdulaziz"@en, "سلمان بن عبد العزيز"@ar ;
            ng:shortName "Salman"@en, "سلمان"@ar ;
            ng:holds [ a ng:Tenure ; ng:role ng:Monarch ; ng:ofState id:saudi-arabia ; ng:startYear 2015 ] .

        id:isaac-herzog a ng:Person ;
            rdfs:label "Isaac Herzog"@en ;
            skos:prefLabel "Isaac Herzog"@en, "إسحاق هرتسوغ"@ar, "יצחק הרצוג"@he, "Ицхак Герцог"@ru ;
            ng:shortName "Herzog"@en, "هرتسوغ"@ar, "הרצוג"@he, "Герцог"@ru ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState id:israel ; ng:startYear 2021 ] .

        id:michal-herzog a ng:Person ;
            rdfs:label "Michal Herzog"@en ;
            skos:prefLabel "Michal Herzog"@en, "מיכל הרצוג"@he ;
            ng:shortName "Michal"@en, "מיכל"@he .

        id:joe-biden a ng:Person ;
            rdfs:label "Joe Biden"@en ;
            skos:prefLabel "Joe Biden"@en, "جو بايدن"@ar, "ג'ו ביידן"@he, "Джо Байден"@ru ;
            ng:shortName "Biden"@en, "بايدن"@ar, "ביידן"@he, "Байден"@ru ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState id:united-states ; ng:startYear 2021 ; ng:endYear 2025 ] .

        id:dick-cheney a ng:Person ;
            rdfs:label "Dick Cheney"@en ;
            skos:prefLabel "Dick Cheney"@en, "דיק צ'ייני"@he ;
            ng:shortName "Cheney"@en, "צ'ייני"@he ;
            ng:holds [ a ng:Tenure ; ng:role ng:Other ; ng:ofState id:united-states ; ng:startYear 2001 ; ng:endYear 2009 ] .

        id:russian-foreign-ministry a ng:Organization ;
            rdfs:label "Russian Foreign Ministry"@en ;
            skos:prefLabel "Russian Foreign Ministry"@en, "وزارة الخارجية الروسية"@ar, "МИД России"@ru ;
            ng:country id:russia .

        id:tass a ng:Organization, ng:NewsAgency ;
            rdfs:label "TASS"@en ;
            skos:prefLabel "TASS"@en, "تاس"@ar, "ТАСС"@ru .
        """;

    private static readonly Lazy<EntityGazetteer> LazyWorld = new(() => Load(WorldTurtle));

    /// <summary>The small world described above (loaded once; the gazetteer is immutable).</summary>
    public static EntityGazetteer World => LazyWorld.Value;

    /// <summary>A gazetteer from Turtle written without the prefix declarations.</summary>
    public static EntityGazetteer Load(string turtle, string name = "test.ttl") =>
        EntityGazetteer.Load([(name, new StringReader(Prefixes + turtle))]);

    /// <summary>The IRI of the entity with slug <paramref name="slug"/>.</summary>
    public static Iri Id(string slug) => new(Ng.IdBase + "entity/" + slug);

    /// <summary>A lexicon table from rows "lang|kind|form[|value]" ('|' stands for the tab, which is hard to read in a test).</summary>
    public static LexiconTable Table(params string[] rows) =>
        LexiconTable.Parse(new StringReader(string.Join('\n', rows.Select(r => r.Replace('|', '\t')))), "test.tsv");
}
