namespace NewsGraph.Server.Tests;

/// <summary>
/// A small news graph in TriG, as the extraction writes it: two articles in their own graphs
/// (a 2023 visit with a meeting, a 2019 phone call, statements, evidence sentences) and a
/// gazetteer graph with names in several languages, offices and Wikidata links (QIDs from
/// ../shared/reference/entities.tsv).
/// </summary>
internal static class WebTestData
{
    public const string TriG = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        @prefix dcterms: <http://purl.org/dc/terms/> .
        @prefix schema: <https://schema.org/> .
        @prefix ng: <https://w3id.org/newsgraph/ontology#> .
        @prefix wd: <http://www.wikidata.org/entity/> .
        @prefix e: <https://w3id.org/newsgraph/id/entity/> .
        @prefix a: <https://w3id.org/newsgraph/id/article/> .
        @prefix ev: <https://w3id.org/newsgraph/id/event/> .
        @prefix st: <https://w3id.org/newsgraph/id/statement/> .

        <https://w3id.org/newsgraph/id/graph/article/t-1> {
          a:t-1 a ng:Article ; dcterms:identifier "t-1" ; dcterms:issued "2023-12-03"^^xsd:date ; dcterms:language "en" ;
            dcterms:title "Lukashenko arrives in Beijing"@en ; schema:url "https://news.example/t-1" ; ng:outlet "Example News" ;
            ng:mentions e:alexander-lukashenko, e:xi-jinping, e:belarus, e:people-s-republic-of-china, e:beijing .
          <https://w3id.org/newsgraph/id/article/t-1#s0> a ng:Sentence ; ng:inArticle a:t-1 ;
            ng:text "Belarusian President Alexander Lukashenko arrived in Beijing on Sunday for talks with Xi Jinping."@en .
          <https://w3id.org/newsgraph/id/article/t-1#s1> a ng:Sentence ; ng:inArticle a:t-1 ;
            ng:text "\"Our friendship is unbreakable,\" Lukashenko said."@en .
          ev:v1 a ng:Visit ; ng:visitor e:alexander-lukashenko ; ng:host e:people-s-republic-of-china ; ng:place e:beijing ;
            ng:participant e:alexander-lukashenko, e:people-s-republic-of-china, e:xi-jinping ;
            ng:date "2023-12-03"^^xsd:date ; ng:status ng:Occurred ; ng:reportedIn a:t-1 ; ng:evidence <https://w3id.org/newsgraph/id/article/t-1#s0> .
          ev:m1 a ng:Meeting ; ng:participant e:alexander-lukashenko, e:xi-jinping, e:belarus ; ng:place e:beijing ;
            ng:date "2023-12-04"^^xsd:date ; ng:status ng:Occurred ; ng:reportedIn a:t-1 ; ng:evidence <https://w3id.org/newsgraph/id/article/t-1#s0> .
          st:t-1-0 a ng:Statement ; ng:speaker e:alexander-lukashenko ; ng:quote "Our friendship is unbreakable"@en ; ng:directQuote true ;
            ng:reportedIn a:t-1 ; ng:evidence <https://w3id.org/newsgraph/id/article/t-1#s1> .
        }

        <https://w3id.org/newsgraph/id/graph/article/t-2> {
          a:t-2 a ng:Article ; dcterms:identifier "t-2" ; dcterms:issued "2019-05-10"^^xsd:date ; dcterms:language "ru" ;
            dcterms:title "Путин и Лукашенко провели телефонный разговор"@ru ;
            ng:mentions e:alexander-lukashenko, e:vladimir-putin .
          <https://w3id.org/newsgraph/id/article/t-2#s0> a ng:Sentence ; ng:inArticle a:t-2 ;
            ng:text "Владимир Путин провёл телефонный разговор с Александром Лукашенко."@ru .
          ev:c1 a ng:PhoneCall ; ng:participant e:vladimir-putin, e:alexander-lukashenko ;
            ng:date "2019-05-10"^^xsd:date ; ng:status ng:Occurred ; ng:reportedIn a:t-2 ; ng:evidence <https://w3id.org/newsgraph/id/article/t-2#s0> .
        }

        <https://w3id.org/newsgraph/id/graph/gazetteer> {
          e:alexander-lukashenko a ng:Person ; rdfs:label "Alexander Lukashenko"@en ;
            skos:prefLabel "Alexander Lukashenko"@en, "Александр Лукашенко"@ru, "ألكسندر لوكاشينكو"@ar ;
            ng:shortName "Lukashenko"@en ;
            owl:sameAs wd:Q2866, <http://dbpedia.org/resource/Alexander_Lukashenko> ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:roleLabel "President of Belarus"@en ; ng:ofState e:belarus ; ng:startYear 1994 ] .
          e:xi-jinping a ng:Person ; rdfs:label "Xi Jinping"@en ; owl:sameAs wd:Q15031 ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState e:people-s-republic-of-china ; ng:startYear 2013 ] .
          e:vladimir-putin a ng:Person ; rdfs:label "Vladimir Putin"@en ; owl:sameAs wd:Q7747 ;
            ng:holds [ a ng:Tenure ; ng:role ng:HeadOfState ; ng:ofState e:russia ; ng:startYear 2012 ] .
          e:belarus a ng:State ; rdfs:label "Belarus"@en ; skos:prefLabel "Belarus"@en, "Беларусь"@ru ; owl:sameAs wd:Q184 .
          e:people-s-republic-of-china a ng:State ; rdfs:label "People's Republic of China"@en ; owl:sameAs wd:Q148 .
          e:russia a ng:State ; rdfs:label "Russia"@en ; owl:sameAs wd:Q159 .
          e:beijing a ng:City ; rdfs:label "Beijing"@en ; owl:sameAs wd:Q956 ; ng:country e:people-s-republic-of-china .
        }
        """;
}
