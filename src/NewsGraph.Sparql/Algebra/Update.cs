namespace NewsGraph.Sparql.Algebra;

/// <summary>One operation of a SPARQL 1.1 Update request (§3).</summary>
public abstract record UpdateOperation;

/// <summary>A quad template or pattern: the graph is null for the default graph.</summary>
public sealed record QuadPattern(PatternTerm Subject, PatternTerm Predicate, PatternTerm Object, PatternTerm? Graph);

public sealed record InsertDataOperation(IReadOnlyList<Quad> Quads) : UpdateOperation;

public sealed record DeleteDataOperation(IReadOnlyList<Quad> Quads) : UpdateOperation;

/// <summary>
/// DELETE/INSERT … WHERE (also DELETE WHERE). WITH is already applied to the templates; for the
/// pattern, <see cref="Using"/> (USING, USING NAMED) or else <see cref="With"/> names the default graph.
/// </summary>
public sealed record DeleteInsertOperation(
    IReadOnlyList<QuadPattern> Delete,
    IReadOnlyList<QuadPattern> Insert,
    QueryDataset? Using,
    Iri? With,
    GraphPattern Where) : UpdateOperation;

/// <summary>What CLEAR and DROP act on.</summary>
public abstract record GraphTarget
{
    public static readonly GraphTarget Default = new DefaultTarget();
    public static readonly GraphTarget AllNamed = new NamedTarget();
    public static readonly GraphTarget All = new AllTarget();

    public sealed record DefaultTarget : GraphTarget;

    public sealed record NamedTarget : GraphTarget;

    public sealed record AllTarget : GraphTarget;

    public sealed record GraphIri(Iri Name) : GraphTarget;
}

public sealed record LoadOperation(Iri Source, Iri? Into, bool Silent) : UpdateOperation;

public sealed record ClearOperation(GraphTarget Target, bool Silent) : UpdateOperation;

public sealed record DropOperation(GraphTarget Target, bool Silent) : UpdateOperation;

public sealed record CreateOperation(Iri Graph, bool Silent) : UpdateOperation;

public enum GraphTransfer
{
    Add,
    Move,
    Copy,
}

/// <summary>ADD, MOVE or COPY; a null graph is the default graph.</summary>
public sealed record TransferOperation(GraphTransfer Kind, Iri? From, Iri? To, bool Silent) : UpdateOperation;
