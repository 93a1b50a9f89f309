using System.Text;
using System.Xml;

namespace NewsGraph.Rdf.Syntax.Reading;

/// <summary>
/// Serialises the content of an <c>rdf:parseType="Literal"</c> element as the lexical form of an
/// <c>rdf:XMLLiteral</c>, in the shape of Exclusive XML Canonicalization: start and end tags for
/// empty elements, namespace declarations only where a prefix is first used, declarations and
/// attributes sorted, canonical escapes. It approximates rather than implements the standard:
/// comments and processing instructions are dropped (the reader never sees them) and attribute
/// values are not re-normalised.
/// </summary>
internal sealed class RdfXmlLiteralWriter
{
    private readonly StringBuilder _out = new();

    /// <summary>Per open output element, the declarations it rendered, to know what is in scope below.</summary>
    private readonly List<List<(string Prefix, string Uri)>> _rendered = [];

    private RdfXmlLiteralWriter()
    {
    }

    /// <summary>Reads from the start tag <paramref name="xml"/> is on to its end tag, returning the content.</summary>
    public static string ReadContent(XmlReader xml)
    {
        if (xml.IsEmptyElement)
        {
            return "";
        }

        var writer = new RdfXmlLiteralWriter();
        var depth = xml.Depth;
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    writer.WriteStartTag(xml);
                    if (xml.IsEmptyElement)
                    {
                        writer.WriteEndTag(xml.Name);
                    }

                    break;
                case XmlNodeType.EndElement when xml.Depth == depth:
                    return writer._out.ToString();
                case XmlNodeType.EndElement:
                    writer.WriteEndTag(xml.Name);
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteText(xml.Value);
                    break;
            }
        }

        // Unreachable for well-formed input: the XML reader reports an unclosed element first.
        return writer._out.ToString();
    }

    private void WriteStartTag(XmlReader xml)
    {
        var attributes = new List<(string Namespace, string LocalName, string Name, string Value)>();
        var declarations = new List<(string Prefix, string Uri)>();
        Declare(declarations, xml.Prefix, xml.NamespaceURI);
        if (xml.MoveToFirstAttribute())
        {
            do
            {
                if (xml.NamespaceURI == RdfXmlNames.Xmlns)
                {
                    continue;
                }

                attributes.Add((xml.NamespaceURI, xml.LocalName, xml.Name, xml.Value));
                if (xml.Prefix.Length > 0 && xml.Prefix != "xml")
                {
                    Declare(declarations, xml.Prefix, xml.NamespaceURI);
                }
            }
            while (xml.MoveToNextAttribute());
            xml.MoveToElement();
        }

        declarations.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        attributes.Sort((a, b) =>
        {
            var byNamespace = string.CompareOrdinal(a.Namespace, b.Namespace);
            return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.LocalName, b.LocalName);
        });

        _out.Append('<').Append(xml.Name);
        foreach (var (prefix, uri) in declarations)
        {
            _out.Append(prefix.Length == 0 ? " xmlns" : " xmlns:" + prefix);
            WriteAttributeValue(uri);
        }

        foreach (var attribute in attributes)
        {
            _out.Append(' ').Append(attribute.Name);
            WriteAttributeValue(attribute.Value);
        }

        _out.Append('>');
        _rendered.Add(declarations);
    }

    private void WriteEndTag(string name)
    {
        _out.Append("</").Append(name).Append('>');
        _rendered.RemoveAt(_rendered.Count - 1);
    }

    /// <summary>Adds a declaration unless the output already has this prefix bound to this namespace.</summary>
    private void Declare(List<(string Prefix, string Uri)> declarations, string prefix, string uri)
    {
        if (InScope(prefix) != uri && !declarations.Contains((prefix, uri)))
        {
            declarations.Add((prefix, uri));
        }
    }

    private string InScope(string prefix)
    {
        for (var i = _rendered.Count - 1; i >= 0; i--)
        {
            foreach (var (p, uri) in _rendered[i])
            {
                if (p == prefix)
                {
                    return uri;
                }
            }
        }

        // Unbound so far: for the default namespace that means "no namespace".
        return "";
    }

    private void WriteText(string text) => WriteEscaped(text, inAttribute: false);

    private void WriteAttributeValue(string value)
    {
        _out.Append("=\"");
        WriteEscaped(value, inAttribute: true);
        _out.Append('"');
    }

    /// <summary>The escapes of Canonical XML §2.3, which differ between text and attribute values.</summary>
    private void WriteEscaped(string s, bool inAttribute)
    {
        foreach (var c in s)
        {
            var escape = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' when !inAttribute => "&gt;",
                '"' when inAttribute => "&quot;",
                '\t' when inAttribute => "&#x9;",
                '\n' when inAttribute => "&#xA;",
                '\r' => "&#xD;",
                _ => null,
            };
            if (escape is null)
            {
                _out.Append(c);
            }
            else
            {
                _out.Append(escape);
            }
        }
    }
}
