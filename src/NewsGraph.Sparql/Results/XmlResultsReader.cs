using System.Xml;

namespace NewsGraph.Sparql.Results;

/// <summary>
/// SPARQL Query Results XML Format. Literal content is kept exactly, whitespace included (some
/// W3C results hold multi-line literals); IRIs and blank node labels are trimmed, since they
/// cannot contain whitespace. Elements the format does not define, such as <c>link</c>, or that
/// belong to other namespaces, are skipped.
/// </summary>
internal sealed class XmlResultsReader
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    private const string ItsNamespace = "http://www.w3.org/2005/11/its";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };

    private readonly XmlReader _xml;
    private readonly TermInterner _iris = new();

    private XmlResultsReader(XmlReader xml) => _xml = xml;

    public static ParsedResults Read(TextReader input)
    {
        try
        {
            using var xml = XmlReader.Create(input, Settings);
            return new XmlResultsReader(xml).ReadDocument();
        }
        catch (XmlException e)
        {
            throw new FormatException($"malformed XML results: {e.Message}", e);
        }
    }

    private ParsedResults ReadDocument()
    {
        if (_xml.MoveToContent() != XmlNodeType.Element || _xml.LocalName != "sparql" || _xml.NamespaceURI != XmlResultsWriter.Namespace)
        {
            throw new FormatException($"XML results must have a <sparql> root element in the namespace {XmlResultsWriter.Namespace}");
        }

        var table = new SolutionTable();
        bool? boolean = null;
        var sawResults = false;
        foreach (var element in Children())
        {
            switch (element)
            {
                case "head":
                    ReadHead(table);
                    break;
                case "results":
                    ReadResults(table);
                    sawResults = true;
                    break;
                case "boolean":
                    boolean = ReadBoolean();
                    break;
                default:
                    _xml.Skip();
                    break;
            }
        }

        return boolean is { } value ? ParsedResults.ForBoolean(value)
            : sawResults ? table.ToResults(ordered: false)
            : throw new FormatException("XML results have neither <results> nor <boolean>");
    }

    private void ReadHead(SolutionTable table)
    {
        foreach (var element in Children())
        {
            if (element == "variable")
            {
                table.Declare(_xml.GetAttribute("name") ?? throw Error("a <variable> without a name"));
            }

            _xml.Skip();
        }
    }

    private void ReadResults(SolutionTable table)
    {
        foreach (var element in Children())
        {
            if (element != "result")
            {
                _xml.Skip();
                continue;
            }

            table.StartRow();
            foreach (var binding in Children())
            {
                if (binding != "binding")
                {
                    _xml.Skip();
                    continue;
                }

                var name = _xml.GetAttribute("name") ?? throw Error("a <binding> without a name");
                Term? value = null;
                foreach (var term in Children())
                {
                    value = value is null ? ReadTerm(term) : throw Error($"the binding of {name} holds more than one value");
                }

                table.Bind(name, value ?? throw Error($"the binding of {name} holds no value"));
            }

            table.EndRow();
        }
    }

    private bool ReadBoolean()
    {
        var text = _xml.ReadElementContentAsString().Trim();
        return text switch
        {
            "true" => true,
            "false" => false,
            _ => throw Error($"<boolean> holds \"{text}\", not true or false"),
        };
    }

    private Term ReadTerm(string element)
    {
        switch (element)
        {
            case "uri":
                return _iris.Iri(_xml.ReadElementContentAsString().Trim());
            case "bnode":
                return ResultTerms.BlankNode(_xml.ReadElementContentAsString().Trim());
            case "literal":
                if (_xml.GetAttribute("dir", ItsNamespace) is not null)
                {
                    throw ResultTerms.DirectionNotSupported();
                }

                // Only the literal's own xml:lang counts: XmlReader.XmlLang would inherit one from an ancestor.
                var language = _xml.GetAttribute("lang", XmlNamespace);
                var datatype = _xml.GetAttribute("datatype");
                return ResultTerms.Literal(_xml.ReadElementContentAsString(), language, datatype, _iris);
            case "triple":
                throw ResultTerms.TripleTermsNotSupported();
            default:
                throw Error($"<{element}> is not a value");
        }
    }

    /// <summary>
    /// The local names of the current element's child elements in the results namespace, in order,
    /// leaving the reader on each; the caller must read or skip every child. Ends past the end tag.
    /// </summary>
    private IEnumerable<string> Children()
    {
        if (_xml.IsEmptyElement)
        {
            _xml.Read();
            yield break;
        }

        var depth = _xml.Depth;
        _xml.Read();
        while (true)
        {
            switch (_xml.MoveToContent())
            {
                case XmlNodeType.EndElement when _xml.Depth == depth:
                    _xml.Read();
                    yield break;
                case XmlNodeType.Element when _xml.NamespaceURI == XmlResultsWriter.Namespace:
                    yield return _xml.LocalName;
                    break;
                case XmlNodeType.Element:
                    _xml.Skip();
                    break;
                case XmlNodeType.None:
                    throw Error("the document ends inside an element");
                default:
                    throw Error($"unexpected {_xml.NodeType} content");
            }
        }
    }

    private FormatException Error(string detail) =>
        _xml is IXmlLineInfo { } info && info.HasLineInfo()
            ? new FormatException($"XML results, line {info.LineNumber}: {detail}")
            : new FormatException($"XML results: {detail}");
}
