namespace NewsGraph.Conformance.Fuzzing.Sparql;

public enum SparqlKind
{
    Query,
    Update,
}

/// <summary>Whether a case is parsed as a query or an update: a mutated case keeps its seed file's kind.</summary>
public sealed record SparqlSettings(SparqlKind Kind) : CaseSettings
{
    public static readonly SparqlSettings Query = new(SparqlKind.Query);

    public static readonly SparqlSettings Update = new(SparqlKind.Update);

    public string Extension => Kind == SparqlKind.Query ? ".rq" : ".ru";

    public override string ToString() => Kind == SparqlKind.Query ? "query" : "update";
}
