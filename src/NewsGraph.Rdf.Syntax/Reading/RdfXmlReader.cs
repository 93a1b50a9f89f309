using System.Text.RegularExpressions;
using System.Xml;

namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// RDF/XML (RDF 1.1 XML Syntax), streaming over <see cref="XmlReader"/>. Each XML event is matched
/// against the grammar of §7 with a stack of open elements; the triples an event completes are
/// queued and handed out one by one. Memory grows with the nesting depth, the largest literal or
/// collection, and the rdf:nodeID and rdf:ID names seen, not with the number of triples.
/// </summary>
internal sealed partial class RdfXmlReader : RdfReader
{
    /// <summary>Enough for the entity declarations that vocabularies use as namespace shorthands, small enough to stop entity bombs.</summary>
    private const long MaxCharactersFromEntities = 1 << 22;

    private readonly XmlReader _xml;
    private readonly IXmlLineInfo? _lines;
    private readonly string? _source;
    private readonly TermInterner _interner;
    private readonly int _maxNesting;
    private readonly Stack<RdfXmlFrame> _frames = new();
    private readonly Queue<Quad> _pending = new();
    private readonly Dictionary<string, BlankNode> _nodeIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _statementIds = new(StringComparer.Ordinal);
    private bool _ended;

    public RdfXmlReader(TextReader text, RdfReaderOptions options)
        : base(text)
    {
        var settings = new XmlReaderSettings
        {
            // W3C and vocabulary files abbreviate namespaces with internal DTD entities (&xsd;);
            // nothing external is ever fetched.
            DtdProcessing = DtdProcessing.Parse,
            XmlResolver = null,
            MaxCharactersFromEntities = MaxCharactersFromEntities,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        _xml = XmlReader.Create(text, settings);
        _lines = _xml as IXmlLineInfo;
        _source = options.SourceName;
        _interner = options.Interner ?? new TermInterner();
        _maxNesting = options.MaxNesting;
        _frames.Push(new DocumentFrame(options.BaseIri));
    }

    public override string? BaseIri => _frames.Peek().BaseIri;

    public override bool TryRead(out Quad quad)
    {
        while (_pending.Count == 0)
        {
            if (_ended || !ReadNextNode())
            {
                _ended = true;
                quad = default;
                return false;
            }
        }

        quad = _pending.Dequeue();
        return true;
    }

    /// <summary>
    /// Reads and interprets one XML node; false at the end of the document. The XML reader parses
    /// lazily, so malformed XML can surface from any of its members, not only from Read: all of
    /// them are inside this one catch, which reports it as a syntax error like any other.
    /// </summary>
    private bool ReadNextNode()
    {
        try
        {
            if (!_xml.Read())
            {
                return false;
            }

            HandleNode();
            return true;
        }
        catch (XmlException e)
        {
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : Position();
            throw ErrorAt(line, column, XmlPosition().Replace(e.Message, ""));
        }
    }

    private void HandleNode()
    {
        switch (_xml.NodeType)
        {
            case XmlNodeType.Element:
                var element = ReadStartTag();
                if (StartElement(element) && element.IsEmpty)
                {
                    EndElement();
                }

                break;
            case XmlNodeType.EndElement:
                EndElement();
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                AddText(_xml.Value);
                break;
        }
    }

    /// <summary>Opens an element; false if it was read to its end already (an XML literal).</summary>
    private bool StartElement(RdfXmlElement element)
    {
        if (_frames.Count > _maxNesting)
        {
            throw ErrorAt(element.Line, element.Column, $"elements nested more than {_maxNesting} deep");
        }

        switch (_frames.Peek())
        {
            case DocumentFrame when element.IsRdf("RDF"):
                StartRdf(element);
                return true;
            case DocumentFrame or NodeListFrame:
                StartNode(element);
                return true;
            case CollectionFrame collection:
                collection.Items.Add(StartNode(element));
                return true;
            case PropertyFrame property:
                StartNodeInProperty(element, property);
                return true;
            case var frame:
                return StartProperty(element, (NodeFrame)frame);
        }
    }

    private void EndElement()
    {
        switch (_frames.Pop())
        {
            case PropertyFrame property:
                EndProperty(property);
                break;
            case CollectionFrame collection:
                EndCollection(collection);
                break;
        }
    }

    private void AddText(string text)
    {
        if (_frames.Peek() is PropertyFrame { NodeObject: null } property)
        {
            property.Text.Append(text);
        }
        else if (!IsWhitespace(text))
        {
            throw Error(_frames.Peek() is PropertyFrame
                ? "text after the node element of a property element"
                : "text is only allowed inside property elements");
        }
    }

    private void StartRdf(RdfXmlElement element)
    {
        if (element.Attributes.Count > 0)
        {
            var a = element.Attributes[0];
            throw ErrorAt(a.Line, a.Column, $"attribute {a.Name} is not allowed on rdf:RDF");
        }

        _frames.Push(new NodeListFrame(element.BaseIri));
    }

    /// <summary>A node element (§7.2.11): its subject, its type and its property attributes.</summary>
    private Term StartNode(RdfXmlElement element)
    {
        if (RdfXmlNames.IsForbiddenNodeElement(element.Namespace, element.LocalName))
        {
            throw ErrorAt(element.Line, element.Column, $"{element.Name} cannot be used as a node element");
        }

        Term? subject = null;
        var properties = new List<RdfXmlAttribute>();
        foreach (var a in element.Attributes)
        {
            if (a.IsRdf("ID") || a.IsRdf("about") || a.IsRdf("nodeID"))
            {
                if (subject is not null)
                {
                    throw ErrorAt(a.Line, a.Column, "a node element takes only one of rdf:ID, rdf:about and rdf:nodeID");
                }

                subject = a.LocalName switch
                {
                    "ID" => StatementOrNodeId(a, element.BaseIri),
                    "about" => Resolve(a.Value, element.BaseIri, a.Line, a.Column),
                    _ => NodeId(a),
                };
            }
            else
            {
                properties.Add(CheckPropertyAttribute(a, "a node element"));
            }
        }

        subject ??= BlankNode.Fresh();
        _frames.Push(new NodeFrame(element.BaseIri, subject));
        if (!element.IsRdf("Description"))
        {
            Emit(subject, Vocab.Rdf.Type, NameIri(element.Iri, element.Line, element.Column));
        }

        EmitPropertyAttributes(subject, properties, element);
        return subject;
    }

    private void StartNodeInProperty(RdfXmlElement element, PropertyFrame property)
    {
        if (property.NodeObject is not null)
        {
            throw ErrorAt(element.Line, element.Column, $"property element {property.Element.Name} holds more than one node element");
        }

        if (!IsWhitespace(property.Text))
        {
            throw ErrorAt(element.Line, element.Column, $"property element {property.Element.Name} mixes text and elements");
        }

        if (property.DescribesResource || property.Datatype is not null)
        {
            throw ErrorAt(element.Line, element.Column, $"property element {property.Element.Name} has attributes that leave no room for a node element inside");
        }

        var node = StartNode(element);
        property.NodeObject = node;
        EmitStatement(property.Subject, property.Predicate, node, property.Reification);
    }

    /// <summary>A property element (§7.2.14 to §7.2.21); false if it was read to its end (a literal).</summary>
    private bool StartProperty(RdfXmlElement element, NodeFrame node)
    {
        if (RdfXmlNames.IsForbiddenPropertyElement(element.Namespace, element.LocalName))
        {
            throw ErrorAt(element.Line, element.Column, $"{element.Name} cannot be used as a property element");
        }

        var predicate = element.IsRdf("li")
            ? _interner.Iri(node.NextMember())
            : NameIri(element.Iri, element.Line, element.Column);
        Iri? reification = null;
        string? parseType = null;
        Term? namedObject = null;
        Iri? datatype = null;
        var properties = new List<RdfXmlAttribute>();
        foreach (var a in element.Attributes)
        {
            if (a.IsRdf("ID"))
            {
                reification = StatementOrNodeId(a, element.BaseIri);
            }
            else if (a.IsRdf("parseType"))
            {
                parseType = a.Value;
            }
            else if (a.IsRdf("resource") || a.IsRdf("nodeID"))
            {
                if (namedObject is not null)
                {
                    throw ErrorAt(a.Line, a.Column, "a property element takes only one of rdf:resource and rdf:nodeID");
                }

                namedObject = a.LocalName == "resource" ? Resolve(a.Value, element.BaseIri, a.Line, a.Column) : NodeId(a);
            }
            else if (a.IsRdf("datatype"))
            {
                datatype = Resolve(a.Value, element.BaseIri, a.Line, a.Column);
            }
            else
            {
                properties.Add(CheckPropertyAttribute(a, "a property element"));
            }
        }

        if (parseType is null)
        {
            _frames.Push(new PropertyFrame(element, node.Subject, predicate, reification)
            {
                NamedObject = namedObject,
                Datatype = datatype,
                PropertyAttributes = properties,
            });
            return true;
        }

        if (namedObject is not null || datatype is not null || properties.Count > 0)
        {
            throw ErrorAt(element.Line, element.Column, "rdf:parseType allows no other attributes but rdf:ID");
        }

        switch (parseType)
        {
            case "Resource":
                var resource = BlankNode.Fresh();
                EmitStatement(node.Subject, predicate, resource, reification);
                _frames.Push(new NodeFrame(element.BaseIri, resource));
                return true;
            case "Collection":
                _frames.Push(new CollectionFrame(element, node.Subject, predicate, reification));
                return true;
            default:
                // "Literal", and any other value, which the grammar reads as "Literal" (§7.2.20).
                var xml = RdfXmlLiteralWriter.ReadContent(_xml);
                EmitStatement(node.Subject, predicate, Literal.Typed(xml, RdfXmlNames.XmlLiteral), reification);
                return false;
        }
    }

    private void EndProperty(PropertyFrame property)
    {
        if (property.NodeObject is not null)
        {
            return;
        }

        var element = property.Element;
        var text = property.Text.ToString();

        // An element that names its object by attributes is empty; whitespace in it is forgiven.
        if (property.DescribesResource && IsWhitespace(text))
        {
            if (property.Datatype is not null)
            {
                throw ErrorAt(element.Line, element.Column, "rdf:datatype is for literals, but this property element describes a resource");
            }

            var obj = property.NamedObject ?? BlankNode.Fresh();
            EmitStatement(property.Subject, property.Predicate, obj, property.Reification);
            EmitPropertyAttributes(obj, property.PropertyAttributes, element);
            return;
        }

        if (property.DescribesResource)
        {
            throw ErrorAt(element.Line, element.Column, $"property element {element.Name} has text, but its attributes describe a resource");
        }

        EmitStatement(property.Subject, property.Predicate, MakeLiteral(text, property.Datatype, element), property.Reification);
    }

    private void EndCollection(CollectionFrame collection)
    {
        Term head = Vocab.Rdf.Nil;
        for (var i = collection.Items.Count - 1; i >= 0; i--)
        {
            var cell = BlankNode.Fresh();
            Emit(cell, Vocab.Rdf.First, collection.Items[i]);
            Emit(cell, Vocab.Rdf.Rest, head);
            head = cell;
        }

        EmitStatement(collection.Subject, collection.Predicate, head, collection.Reification);
    }

    private RdfXmlAttribute CheckPropertyAttribute(RdfXmlAttribute a, string where)
    {
        if (RdfXmlNames.IsForbiddenPropertyAttribute(a.Namespace, a.LocalName))
        {
            throw ErrorAt(a.Line, a.Column, $"attribute {a.Name} is not allowed on {where}");
        }

        return a;
    }

    /// <summary>Property attributes (§7.2.11, §7.2.21): rdf:type names a class, any other attribute gives a literal.</summary>
    private void EmitPropertyAttributes(Term subject, IReadOnlyList<RdfXmlAttribute> properties, RdfXmlElement element)
    {
        foreach (var a in properties)
        {
            if (a.IsRdf("type"))
            {
                Emit(subject, Vocab.Rdf.Type, Resolve(a.Value, element.BaseIri, a.Line, a.Column));
            }
            else
            {
                Emit(subject, NameIri(a.Iri, a.Line, a.Column), MakeLiteral(a.Value, null, element));
            }
        }
    }

    private Literal MakeLiteral(string lexical, Iri? datatype, RdfXmlElement element)
    {
        if (datatype is not null)
        {
            return datatype.Value == Vocab.Rdf.LangString.Value
                ? throw ErrorAt(element.Line, element.Column, "rdf:langString literals need a language tag, not a datatype")
                : Literal.Typed(lexical, datatype);
        }

        return element.Language.Length > 0 ? Literal.LangString(lexical, element.Language) : Literal.Simple(lexical);
    }

    /// <summary>The IRI <c>#id</c> against the base: the subject of a node element or the name of a reified statement.</summary>
    private Iri StatementOrNodeId(RdfXmlAttribute a, string? baseIri)
    {
        CheckNcName(a);
        var iri = Resolve("#" + a.Value, baseIri, a.Line, a.Column);
        if (!_statementIds.Add(iri.Value))
        {
            throw ErrorAt(a.Line, a.Column, $"rdf:ID \"{a.Value}\" is used twice with the same base IRI");
        }

        return iri;
    }

    private BlankNode NodeId(RdfXmlAttribute a)
    {
        CheckNcName(a);
        if (!_nodeIds.TryGetValue(a.Value, out var node))
        {
            node = BlankNode.Fresh();
            _nodeIds[a.Value] = node;
        }

        return node;
    }

    private void CheckNcName(RdfXmlAttribute a)
    {
        var v = a.Value;
        if (v.Length == 0 || !XmlConvert.IsStartNCNameChar(v[0]) || !v.All(XmlConvert.IsNCNameChar))
        {
            throw ErrorAt(a.Line, a.Column, $"{a.Name} value \"{v}\" is not an XML name (NCName)");
        }
    }

    private Iri Resolve(string reference, string? baseIri, int line, int column)
    {
        var resolved = IriReference.Resolve(baseIri, reference);
        return IriReference.IsAbsolute(resolved)
            ? _interner.Iri(resolved)
            : throw ErrorAt(line, column, $"relative IRI <{resolved}> and no base IRI to resolve it against");
    }

    /// <summary>An element or attribute name as an IRI, which needs a namespace that is itself an absolute IRI.</summary>
    private Iri NameIri(string iri, int line, int column) =>
        IriReference.IsAbsolute(iri)
            ? _interner.Iri(iri)
            : throw ErrorAt(line, column, $"the name <{iri}> is not an absolute IRI: its namespace must be one");

    private void EmitStatement(Term subject, Iri predicate, Term obj, Iri? reification)
    {
        Emit(subject, predicate, obj);
        if (reification is not null)
        {
            Emit(reification, Vocab.Rdf.Type, RdfXmlNames.Statement);
            Emit(reification, RdfXmlNames.Subject, subject);
            Emit(reification, RdfXmlNames.Predicate, predicate);
            Emit(reification, RdfXmlNames.Object, obj);
        }
    }

    private void Emit(Term subject, Iri predicate, Term obj) => _pending.Enqueue(new Quad(subject, predicate, obj, null));

    /// <summary>
    /// Reads the start tag the XML reader is on: keeps the attributes RDF/XML interprets and takes
    /// xml:base and xml:lang into the context.
    /// </summary>
    private RdfXmlElement ReadStartTag()
    {
        var (line, column) = Position();

        // The XML reader places elements at their name; the error should point at the '<'.
        column = Math.Max(column - 1, 1);
        var parentBase = _frames.Peek().BaseIri;
        var baseIri = parentBase;
        var attributes = new List<RdfXmlAttribute>();
        if (_xml.NamespaceURI.Length == 0)
        {
            throw ErrorAt(line, column, $"element {_xml.Name} has no namespace, so it names no IRI");
        }

        if (_xml.MoveToFirstAttribute())
        {
            do
            {
                var (ns, local) = (_xml.NamespaceURI, _xml.LocalName);
                var (aLine, aColumn) = Position();
                if (ns == RdfXmlNames.Xml && local == "base")
                {
                    baseIri = IriReference.Resolve(parentBase, _xml.Value);
                }
                else if (!RdfXmlNames.IsReservedXmlAttribute(ns, local))
                {
                    if (ns.Length == 0 && !RdfXmlNames.TryQualifyUnqualifiedAttribute(local, out ns))
                    {
                        throw ErrorAt(aLine, aColumn, $"attribute {local} has no namespace, so it names no IRI");
                    }

                    attributes.Add(new RdfXmlAttribute(ns, local, _xml.Name, _xml.Value, aLine, aColumn));
                }
            }
            while (_xml.MoveToNextAttribute());
            _xml.MoveToElement();
        }

        var language = _xml.XmlLang;
        if (language.Length > 0 && !LanguageTag().IsMatch(language))
        {
            throw ErrorAt(line, column, $"xml:lang \"{language}\" is not a well-formed language tag");
        }

        return new RdfXmlElement(_xml.NamespaceURI, _xml.LocalName, _xml.Name, _xml.IsEmptyElement, line, column, baseIri, language, attributes);
    }

    private (int Line, int Column) Position() =>
        _lines is { } l && l.HasLineInfo() ? (l.LineNumber, l.LinePosition) : (0, 0);

    private RdfSyntaxException Error(string detail)
    {
        var (line, column) = Position();
        return ErrorAt(line, column, detail);
    }

    private RdfSyntaxException ErrorAt(int line, int column, string detail) => new(_source, line, column, detail);

    private static bool IsWhitespace(string text) => text.AsSpan().IndexOfAnyExcept(" \t\r\n") < 0;

    private static bool IsWhitespace(System.Text.StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            if (chunk.Span.IndexOfAnyExcept(" \t\r\n") >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>BCP 47's outline: a primary subtag of letters, then alphanumeric subtags of up to eight characters.</summary>
    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();

    /// <summary>The position XmlException appends to its message, which RdfSyntaxException already carries.</summary>
    [GeneratedRegex(@"\s*Line \d+, position \d+\.$")]
    private static partial Regex XmlPosition();
}
