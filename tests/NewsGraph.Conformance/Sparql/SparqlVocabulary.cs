using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>The manifest properties that describe SPARQL tests (the <c>qt:</c>, <c>ut:</c>, <c>mf:</c> and <c>sd:</c> terms).</summary>
internal static class SparqlVocabulary
{
    private const string Qt = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#";
    private const string Ut = "http://www.w3.org/2009/sparql/tests/test-update#";
    private const string Sd = "http://www.w3.org/ns/sparql-service-description#";

    public static readonly Iri Action = new(ManifestReader.Mf + "action");
    public static readonly Iri Result = new(ManifestReader.Mf + "result");
    public static readonly Iri Requires = new(ManifestReader.Mf + "requires");
    public static readonly Iri Feature = new(ManifestReader.Mf + "feature");
    public static readonly Iri ResultCardinality = new(ManifestReader.Mf + "resultCardinality");

    public static readonly Iri Query = new(Qt + "query");
    public static readonly Iri QueryData = new(Qt + "data");
    public static readonly Iri QueryGraphData = new(Qt + "graphData");
    public static readonly Iri ServiceData = new(Qt + "serviceData");

    public static readonly Iri Request = new(Ut + "request");
    public static readonly Iri UpdateData = new(Ut + "data");
    public static readonly Iri UpdateGraphData = new(Ut + "graphData");
    public static readonly Iri UpdateGraph = new(Ut + "graph");
    public static readonly Iri Label = new("http://www.w3.org/2000/01/rdf-schema#label");

    public static readonly Iri EntailmentRegime = new(Sd + "entailmentRegime");
    public static readonly Iri BasicFederatedQuery = new(Sd + "BasicFederatedQuery");
}
