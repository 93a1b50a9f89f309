namespace NewsGraph.Rdf;

/// <summary>The IRIs the RDF core itself needs. Shared instances keep comparisons cheap.</summary>
public static class Vocab
{
    public static class Rdf
    {
        public const string Namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
        public static readonly Iri Type = new(Namespace + "type");
        public static readonly Iri First = new(Namespace + "first");
        public static readonly Iri Rest = new(Namespace + "rest");
        public static readonly Iri Nil = new(Namespace + "nil");
        public static readonly Iri LangString = new(Namespace + "langString");
    }

    public static class Xsd
    {
        public const string Namespace = "http://www.w3.org/2001/XMLSchema#";
        public static readonly Iri String = new(Namespace + "string");
        public static readonly Iri Boolean = new(Namespace + "boolean");
        public static readonly Iri Integer = new(Namespace + "integer");
        public static readonly Iri Decimal = new(Namespace + "decimal");
        public static readonly Iri Double = new(Namespace + "double");
    }
}
