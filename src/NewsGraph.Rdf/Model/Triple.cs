namespace NewsGraph.Rdf;

/// <summary>An RDF triple. The subject is an IRI or blank node; the predicate an IRI.</summary>
public readonly record struct Triple(Term Subject, Iri Predicate, Term Obj)
{
    public Quad InGraph(Term? graph) => new(Subject, Predicate, Obj, graph);

    public override string ToString() => $"{Subject} {Predicate} {Obj} .";
}

/// <summary>An RDF quad: a triple and the graph it belongs to (null for the default graph).</summary>
public readonly record struct Quad(Term Subject, Iri Predicate, Term Obj, Term? Graph)
{
    public Triple Triple => new(Subject, Predicate, Obj);

    public bool InDefaultGraph => Graph is null;

    public override string ToString() => Graph is null ? $"{Subject} {Predicate} {Obj} ." : $"{Subject} {Predicate} {Obj} {Graph} .";
}
