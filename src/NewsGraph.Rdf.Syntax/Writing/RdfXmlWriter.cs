using System.Xml;

namespace NewsGraph.Rdf.Syntax.Writing;

/// <summary>
/// RDF/XML in its plainest form: one <c>rdf:Description</c> per subject, one property element
/// per triple, no nesting or abbreviation. The quads are collected and written when the writer is
/// finished, since the namespaces of all predicates must be declared on <c>rdf:RDF</c> up front.
/// </summary>
internal sealed class RdfXmlWriter(TextWriter output, RdfWriterOptions options) : RdfWriter(output, options)
{
    private const string Rdf = Vocab.Rdf.Namespace;

    private readonly HashSet<Quad> _seen = [];
    private readonly List<Quad> _quads = [];

    public override void Write(Quad quad)
    {
        if (quad.Graph is not null)
        {
            throw NamedGraphNotSupported("RDF/XML");
        }

        if (_seen.Add(quad))
        {
            _quads.Add(quad);
        }
    }

    private protected override void WriteRemaining()
    {
        var names = new RdfXmlQualifiedNames(Options.Prefixes ?? PrefixMap.Common());
        var predicates = _quads.Select(q => q.Predicate).Distinct().ToDictionary(p => p, names.Split);
        var labels = new BlankNodeLabels(relabelAll: true);
        var settings = new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            CloseOutput = false,

            // XML readers turn a raw CR into LF; written as &#xD; it survives the round trip.
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(Output, settings);
        xml.WriteStartElement("rdf", "RDF", Rdf);
        foreach (var (prefix, ns) in names.Declared)
        {
            xml.WriteAttributeString("xmlns", prefix, null, ns);
        }

        foreach (var subject in _quads.GroupBy(q => q.Subject))
        {
            xml.WriteStartElement("rdf", "Description", Rdf);
            WriteNodeReference(xml, subject.Key, "about", labels);
            foreach (var quad in subject)
            {
                var (prefix, localName, ns) = predicates[quad.Predicate];
                xml.WriteStartElement(prefix, localName, ns);
                if (quad.Obj is Literal literal)
                {
                    WriteLiteral(xml, literal);
                }
                else
                {
                    WriteNodeReference(xml, quad.Obj, "resource", labels);
                    xml.WriteEndElement();
                }
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.Flush();
        Output.Write('\n');
    }

    /// <summary>An IRI as <c>rdf:about</c> or <c>rdf:resource</c>; a blank node as <c>rdf:nodeID</c>.</summary>
    private static void WriteNodeReference(XmlWriter xml, Term node, string iriAttribute, BlankNodeLabels labels)
    {
        if (node is BlankNode b)
        {
            xml.WriteAttributeString("rdf", "nodeID", Rdf, labels.LabelOf(b));
        }
        else
        {
            xml.WriteAttributeString("rdf", iriAttribute, Rdf, ((Iri)node).Value);
        }
    }

    private static void WriteLiteral(XmlWriter xml, Literal literal)
    {
        var invalid = FirstNonXmlChar(literal.Lexical);
        if (invalid >= 0)
        {
            throw new InvalidOperationException($"RDF/XML cannot hold the literal {literal}: XML 1.0 has no way to write U+{(int)literal.Lexical[invalid]:X4}");
        }

        if (literal.Language is not null)
        {
            xml.WriteAttributeString("xml", "lang", null, literal.Language);
        }
        else if (!literal.IsSimple)
        {
            xml.WriteAttributeString("rdf", "datatype", Rdf, literal.Datatype.Value);
        }

        xml.WriteString(literal.Lexical);
        xml.WriteFullEndElement();
    }

    /// <summary>The index of the first character XML 1.0 cannot contain (such as most controls), or -1.</summary>
    private static int FirstNonXmlChar(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (XmlConvert.IsXmlChar(s[i]))
            {
                continue;
            }

            if (i + 1 < s.Length && XmlConvert.IsXmlSurrogatePair(s[i + 1], s[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
