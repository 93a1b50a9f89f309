using NewsGraph.Extraction.Gazetteer;
using NewsGraph.Rdf.Syntax;
using static NewsGraph.Extraction.Tests.TestGazetteer;

namespace NewsGraph.Extraction.Tests.Gazetteer;

public class EntityGazetteerTests
{
    [Fact]
    public void ReadsKindsOfEntitiesAndIgnoresOtherSubjects()
    {
        var gazetteer = Load("""
            id:russia a ng:State ; rdfs:label "Russia"@en .
            id:moscow a ng:City ; rdfs:label "Moscow"@en .
            id:tass a ng:NewsAgency, ng:Organization ; rdfs:label "TASS"@en .
            id:reuters a ng:Organization, ng:NewsAgency ; rdfs:label "Reuters"@en .
            id:un a ng:Organization ; rdfs:label "United Nations"@en .
            id:g20 a ng:Event ; rdfs:label "G20 summit"@en .
            id:someone a ng:Person ; rdfs:label "Someone"@en .
            id:thing a ng:Ship ; rdfs:label "Not an entity kind"@en .
            """);
        Assert.Equal(7, gazetteer.Count);
        Assert.Equal(EntityKind.State, gazetteer.Find(Id("russia"))!.Kind);
        Assert.Equal(EntityKind.City, gazetteer.Find(Id("moscow"))!.Kind);
        Assert.Equal(EntityKind.NewsAgency, gazetteer.Find(Id("tass"))!.Kind);
        Assert.Equal(EntityKind.NewsAgency, gazetteer.Find(Id("reuters"))!.Kind);
        Assert.Equal(EntityKind.Organization, gazetteer.Find(Id("un"))!.Kind);
        Assert.Equal(EntityKind.Event, gazetteer.Find(Id("g20"))!.Kind);
        Assert.Equal(EntityKind.Person, gazetteer.Find(Id("someone"))!.Kind);
        Assert.Null(gazetteer.Find(Id("thing")));
    }

    [Fact]
    public void ReadsNamesByKindAndLanguage()
    {
        var russia = World.Find(Id("russia"))!;
        Assert.Equal("Russia", russia.Label);
        Assert.Contains(new NameForm("en", NameKind.Preferred, "Russia"), russia.Names);
        Assert.Contains(new NameForm("ar", NameKind.Preferred, "روسيا"), russia.Names);
        Assert.Contains(new NameForm("he", NameKind.Demonym, "רוסית"), russia.Names);
        Assert.Contains(new NameForm("ru", NameKind.Demonym, "российского"), russia.Names);

        var lavrov = World.Find(Id("sergey-lavrov"))!;
        Assert.Contains(new NameForm("en", NameKind.Alternative, "Sergei Lavrov"), lavrov.Names);
        Assert.Contains(new NameForm("ru", NameKind.Short, "Лавровым"), lavrov.Names);
    }

    [Fact]
    public void ReadsLinksCountryAndCapital()
    {
        var moscow = World.Find(Id("moscow"))!;
        Assert.Equal("Q649", moscow.WikidataId);
        Assert.Equal(Id("russia"), moscow.Country);
        Assert.True(moscow.IsPlace);
        Assert.False(moscow.IsActor);

        var russia = World.Find(Id("russia"))!;
        Assert.Equal("Q159", russia.WikidataId);
        Assert.Equal(Id("moscow"), russia.Capital);
        Assert.True(russia.IsActor && russia.IsPlace);

        Assert.Null(World.Find(Id("cairo"))!.WikidataId);
    }

    [Fact]
    public void ReadsTenuresAndTheirYears()
    {
        var biden = World.Find(Id("joe-biden"))!;
        var tenure = Assert.Single(biden.Tenures);
        Assert.Equal(new Tenure(Role.HeadOfState, Id("united-states"), 2021, 2025), tenure);
        Assert.True(tenure.Covers(2021));
        Assert.True(tenure.Covers(2025));
        Assert.False(tenure.Covers(2020));
        Assert.False(tenure.Covers(2026));
        Assert.True(tenure.Covers(null));

        var putin = Assert.Single(World.Find(Id("vladimir-putin"))!.Tenures);
        Assert.Null(putin.EndYear);
        Assert.True(putin.Covers(2099));
    }

    [Fact]
    public void TheDescriptionIncludesTheTenureNodes()
    {
        var putin = World.Find(Id("vladimir-putin"))!;
        Assert.Contains(putin.Description, q => q.Predicate.Value.EndsWith("#startYear", StringComparison.Ordinal));
        Assert.All(putin.Description, q => Assert.Null(q.Graph));
    }

    [Fact]
    public void ReadsSeveralFilesAsOne()
    {
        var gazetteer = EntityGazetteer.Load([
            ("states.ttl", new StringReader(Prefixes + "id:egypt a ng:State ; rdfs:label \"Egypt\"@en .")),
            ("cities.ttl", new StringReader(Prefixes + "id:cairo a ng:City ; rdfs:label \"Cairo\"@en ; ng:country id:egypt .")),
        ]);
        Assert.Equal(2, gazetteer.Count);
        Assert.Equal(EntityKind.State, gazetteer.Find(gazetteer.Find(Id("cairo"))!.Country!)!.Kind);
    }

    [Fact]
    public void ASyntaxErrorNamesTheFileLineAndColumn()
    {
        var error = Assert.Throws<RdfSyntaxException>(() => Load("id:x a ng:State ;\n  rdfs:label \"X\"@en ;; ] .", "broken.ttl"));
        Assert.Equal("broken.ttl", error.Source);
        Assert.StartsWith("broken.ttl:", error.Message);
        Assert.Equal(8, error.Line); // the second line of the test's Turtle, after seven lines of prefixes
    }
}
