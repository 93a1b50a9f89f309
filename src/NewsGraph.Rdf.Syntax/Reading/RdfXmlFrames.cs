using System.Text;

namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// An open element and what the grammar expects inside it. The reader keeps these on an explicit
/// stack rather than recursing, so deep documents cannot exhaust the call stack.
/// </summary>
internal abstract class RdfXmlFrame(string? baseIri)
{
    /// <summary>The base IRI in force inside the element.</summary>
    public string? BaseIri { get; } = baseIri;
}

/// <summary>Outside the document element: holds the document's base IRI.</summary>
internal sealed class DocumentFrame(string? baseIri) : RdfXmlFrame(baseIri);

/// <summary>Inside <c>rdf:RDF</c>: a sequence of node elements.</summary>
internal sealed class NodeListFrame(string? baseIri) : RdfXmlFrame(baseIri);

/// <summary>
/// Inside a node element, or a property element with <c>rdf:parseType="Resource"</c>: a sequence
/// of property elements about <see cref="Subject"/>.
/// </summary>
internal sealed class NodeFrame(string? baseIri, Term subject) : RdfXmlFrame(baseIri)
{
    private int _members;

    public Term Subject { get; } = subject;

    /// <summary>The predicate for the next <c>rdf:li</c>: <c>rdf:_1</c>, <c>rdf:_2</c>, ... counted per node.</summary>
    public string NextMember() => RdfXmlNames.Member(++_members);
}

/// <summary>
/// Inside a property element without <c>rdf:parseType</c>: whether it holds a literal, one node
/// element or nothing is only known once its content has been seen.
/// </summary>
internal sealed class PropertyFrame(RdfXmlElement element, Term subject, Iri predicate, Iri? reification) : RdfXmlFrame(element.BaseIri)
{
    public RdfXmlElement Element { get; } = element;

    public Term Subject { get; } = subject;

    public Iri Predicate { get; } = predicate;

    /// <summary>The statement's IRI from <c>rdf:ID</c>, which asks for the triple to be reified.</summary>
    public Iri? Reification { get; } = reification;

    /// <summary>The object named by <c>rdf:resource</c> or <c>rdf:nodeID</c>.</summary>
    public Term? NamedObject { get; init; }

    public Iri? Datatype { get; init; }

    /// <summary>Property attributes, which describe the object of an empty property element.</summary>
    public IReadOnlyList<RdfXmlAttribute> PropertyAttributes { get; init; } = [];

    /// <summary>The node element inside, once it has been read.</summary>
    public Term? NodeObject { get; set; }

    public StringBuilder Text { get; } = new();

    /// <summary>True if attributes already say the object is a resource, so content is out of place.</summary>
    public bool DescribesResource => NamedObject is not null || PropertyAttributes.Count > 0;
}

/// <summary>Inside a property element with <c>rdf:parseType="Collection"</c>: node elements that become a list.</summary>
internal sealed class CollectionFrame(RdfXmlElement element, Term subject, Iri predicate, Iri? reification) : RdfXmlFrame(element.BaseIri)
{
    public Term Subject { get; } = subject;

    public Iri Predicate { get; } = predicate;

    public Iri? Reification { get; } = reification;

    public List<Term> Items { get; } = [];
}
