using NewsGraph.Rdf;

namespace NewsGraph.Extraction.Rdf;

/// <summary>The IRIs NewsGraph's extraction reads and writes (ontology in ontology/newsgraph.ttl).</summary>
public static class Ng
{
    public const string Namespace = "https://w3id.org/newsgraph/ontology#";
    public const string IdBase = "https://w3id.org/newsgraph/id/";

    private static Iri T(string local) => new(Namespace + local);

    public static readonly Iri Article = T("Article"), Sentence = T("Sentence"), Visit = T("Visit"), Meeting = T("Meeting"),
        PhoneCall = T("PhoneCall"), Statement = T("Statement"), Person = T("Person"), State = T("State"), City = T("City"),
        Organization = T("Organization"), NewsAgency = T("NewsAgency"), Event = T("Event"), Tenure = T("Tenure");

    public static readonly Iri Mentions = T("mentions"), MentionedAs = T("mentionedAs"), Participant = T("participant"),
        Visitor = T("visitor"), Host = T("host"), Place = T("place"), Date = T("date"), StartDate = T("startDate"),
        EndDate = T("endDate"), VisitKind = T("visitKind"), Status = T("status"), CameoCode = T("cameoCode"),
        Confidence = T("confidence"), ReportedIn = T("reportedIn"), Evidence = T("evidence"), Speaker = T("speaker"),
        Quote = T("quote"), DirectQuote = T("directQuote"), Text = T("text"), InArticle = T("inArticle"),
        StartOffset = T("startOffset"), EndOffset = T("endOffset"), Outlet = T("outlet"), ContentHash = T("contentHash"),
        ShortName = T("shortName"), Demonym = T("demonym"), IsoCode = T("isoCode"), Capital = T("capital"),
        Country = T("country"), Holds = T("holds"), Role = T("role"), RoleLabel = T("roleLabel"), OfState = T("ofState"),
        OfOrganization = T("ofOrganization"), StartYear = T("startYear"), EndYear = T("endYear");

    public static readonly Iri Occurred = T("Occurred"), Ongoing = T("Ongoing"), Planned = T("Planned");
}

public static class Vocabularies
{
    public static readonly Iri RdfsLabel = new("http://www.w3.org/2000/01/rdf-schema#label");
    public static readonly Iri SkosPrefLabel = new("http://www.w3.org/2004/02/skos/core#prefLabel");
    public static readonly Iri SkosAltLabel = new("http://www.w3.org/2004/02/skos/core#altLabel");
    public static readonly Iri OwlSameAs = new("http://www.w3.org/2002/07/owl#sameAs");
    public static readonly Iri DctIdentifier = new("http://purl.org/dc/terms/identifier");
    public static readonly Iri DctIssued = new("http://purl.org/dc/terms/issued");
    public static readonly Iri DctTitle = new("http://purl.org/dc/terms/title");
    public static readonly Iri DctLanguage = new("http://purl.org/dc/terms/language");
    public static readonly Iri DctSource = new("http://purl.org/dc/terms/source");
    public static readonly Iri SchemaUrl = new("https://schema.org/url");
    public const string Wikidata = "http://www.wikidata.org/entity/";
    public const string Xsd = "http://www.w3.org/2001/XMLSchema#";
}
