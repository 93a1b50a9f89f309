using NewsGraph.Conformance;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Rdf.Tests;

public class RdfXmlReaderTests
{
    private const string DocumentBase = "http://example.org/dir/doc";

    private const string Open = """
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/ns#">
        """;

    private const string Close = "</rdf:RDF>";

    private static List<Quad> Read(string xml, string? baseIri = DocumentBase) =>
        [.. RdfReader.Load(new StringReader(xml), RdfFormat.RdfXml, new RdfReaderOptions { BaseIri = baseIri, SourceName = "test.rdf" })];

    private static void AssertReadsAs(string xml, string expectedNTriples)
    {
        var actual = Read(xml);
        var expected = RdfReader.Load(new StringReader(expectedNTriples), RdfFormat.NTriples);
        Assert.True(
            Isomorphism.AreIsomorphic(expected, actual),
            "read:\n" + RdfWriter.WriteToString(actual, RdfFormat.NTriples));
    }

    private static RdfSyntaxException Fails(string xml) => Assert.Throws<RdfSyntaxException>(() => Read(xml));

    [Fact]
    public void NodeElementsNameTheirSubjectByAboutIdNodeIdOrNothing()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/a"><ex:p rdf:nodeID="n1"/></rdf:Description>
              <rdf:Description rdf:ID="b"><ex:p>b</ex:p></rdf:Description>
              <rdf:Description rdf:nodeID="n1"><ex:p>n1</ex:p></rdf:Description>
              <rdf:Description><ex:p>anonymous</ex:p></rdf:Description>
            """ + Close, """
            <http://example.org/a> <http://example.org/ns#p> _:n1 .
            <http://example.org/dir/doc#b> <http://example.org/ns#p> "b" .
            _:n1 <http://example.org/ns#p> "n1" .
            _:x <http://example.org/ns#p> "anonymous" .
            """);
    }

    [Fact]
    public void TypedNodeElementsAndPropertyAttributes()
    {
        AssertReadsAs(Open + """
              <ex:Person rdf:about="#alice" ex:name="Alice" rdf:type="http://example.org/ns#Agent" xml:lang="EN"/>
            """ + Close, """
            <http://example.org/dir/doc#alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Person> .
            <http://example.org/dir/doc#alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Agent> .
            <http://example.org/dir/doc#alice> <http://example.org/ns#name> "Alice"@en .
            """);
    }

    [Fact]
    public void PropertyElementsGiveResourcesTypedAndLanguageLiterals()
    {
        AssertReadsAs("""
            <!DOCTYPE rdf:RDF [ <!ENTITY xsd "http://www.w3.org/2001/XMLSchema#"> ]>
            """ + Open + """
              <rdf:Description rdf:about="s" xml:lang="de">
                <ex:link rdf:resource="other"/>
                <ex:count rdf:datatype="&xsd;integer">42</ex:count>
                <ex:label>Hallo</ex:label>
                <ex:plain xml:lang="">plain</ex:plain>
                <ex:spaces>  kept  </ex:spaces>
                <ex:empty/>
                <ex:emptyToo></ex:emptyToo>
                <ex:typedEmpty rdf:datatype="&xsd;string"></ex:typedEmpty>
              </rdf:Description>
            """ + Close, """
            <http://example.org/dir/s> <http://example.org/ns#link> <http://example.org/dir/other> .
            <http://example.org/dir/s> <http://example.org/ns#count> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
            <http://example.org/dir/s> <http://example.org/ns#label> "Hallo"@de .
            <http://example.org/dir/s> <http://example.org/ns#plain> "plain" .
            <http://example.org/dir/s> <http://example.org/ns#spaces> "  kept  "@de .
            <http://example.org/dir/s> <http://example.org/ns#empty> ""@de .
            <http://example.org/dir/s> <http://example.org/ns#emptyToo> ""@de .
            <http://example.org/dir/s> <http://example.org/ns#typedEmpty> "" .
            """);
    }

    [Fact]
    public void EmptyPropertyElementsWithPropertyAttributesDescribeTheirObject()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:knows ex:name="Bob" rdf:type="http://example.org/ns#Person"/>
                <ex:knows rdf:resource="http://example.org/carol" ex:name="Carol"></ex:knows>
              </rdf:Description>
            """ + Close, """
            <http://example.org/s> <http://example.org/ns#knows> _:bob .
            _:bob <http://example.org/ns#name> "Bob" .
            _:bob <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Person> .
            <http://example.org/s> <http://example.org/ns#knows> <http://example.org/carol> .
            <http://example.org/carol> <http://example.org/ns#name> "Carol" .
            """);
    }

    [Fact]
    public void NestedNodeElementsAreTheObjectOfTheirPropertyElement()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:knows>
                  <ex:Person>
                    <ex:knows><rdf:Description rdf:about="http://example.org/t"/></ex:knows>
                  </ex:Person>
                </ex:knows>
              </rdf:Description>
            """ + Close, """
            <http://example.org/s> <http://example.org/ns#knows> _:p .
            _:p <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Person> .
            _:p <http://example.org/ns#knows> <http://example.org/t> .
            """);
    }

    [Fact]
    public void ParseTypeResourceOpensABlankNode()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:address rdf:parseType="Resource">
                  <ex:city>Paris</ex:city>
                  <ex:geo rdf:parseType="Resource"><ex:lat>48.8</ex:lat></ex:geo>
                </ex:address>
                <ex:nothing rdf:parseType="Resource"/>
              </rdf:Description>
            """ + Close, """
            <http://example.org/s> <http://example.org/ns#address> _:a .
            _:a <http://example.org/ns#city> "Paris" .
            _:a <http://example.org/ns#geo> _:g .
            _:g <http://example.org/ns#lat> "48.8" .
            <http://example.org/s> <http://example.org/ns#nothing> _:n .
            """);
    }

    [Fact]
    public void ParseTypeLiteralKeepsTheContentAsCanonicalXml()
    {
        var quads = Read(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:body rdf:parseType="Literal">Hi <ex:b z="2" a="1 &amp; &lt;"/>, <h:em xmlns:h="http://www.w3.org/1999/xhtml">you<h:br/></h:em></ex:body>
                <ex:none rdf:parseType="Literal"/>
              </rdf:Description>
            """ + Close);
        var xmlLiteral = new Iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral");
        var body = Assert.IsType<Literal>(Assert.Single(quads, q => q.Predicate.Value.EndsWith("#body", StringComparison.Ordinal)).Obj);
        Assert.Equal(xmlLiteral, body.Datatype);
        Assert.Equal(
            """Hi <ex:b xmlns:ex="http://example.org/ns#" a="1 &amp; &lt;" z="2"></ex:b>, <h:em xmlns:h="http://www.w3.org/1999/xhtml">you<h:br></h:br></h:em>""",
            body.Lexical);
        var none = Assert.IsType<Literal>(Assert.Single(quads, q => q.Predicate.Value.EndsWith("#none", StringComparison.Ordinal)).Obj);
        Assert.Equal(Literal.Typed("", xmlLiteral), none);
        Assert.Equal(2, quads.Count);
    }

    [Fact]
    public void ParseTypeCollectionBuildsAList()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:list rdf:parseType="Collection">
                  <rdf:Description rdf:about="http://example.org/a"/>
                  <ex:Thing><ex:p>b</ex:p></ex:Thing>
                </ex:list>
                <ex:empty rdf:parseType="Collection"></ex:empty>
              </rdf:Description>
            """ + Close, """
            <http://example.org/s> <http://example.org/ns#list> _:l1 .
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> <http://example.org/a> .
            _:l1 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> _:l2 .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> _:b .
            _:l2 <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            _:b <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Thing> .
            _:b <http://example.org/ns#p> "b" .
            <http://example.org/s> <http://example.org/ns#empty> <http://www.w3.org/1999/02/22-rdf-syntax-ns#nil> .
            """);
    }

    [Fact]
    public void RdfLiIsNumberedPerNode()
    {
        AssertReadsAs(Open + """
              <rdf:Seq rdf:about="http://example.org/seq">
                <rdf:li>one</rdf:li>
                <rdf:li><rdf:Bag rdf:about="http://example.org/bag"><rdf:li>inner</rdf:li></rdf:Bag></rdf:li>
                <rdf:_7>seven</rdf:_7>
                <rdf:li>three</rdf:li>
              </rdf:Seq>
            """ + Close, """
            <http://example.org/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Seq> .
            <http://example.org/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_1> "one" .
            <http://example.org/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_2> <http://example.org/bag> .
            <http://example.org/bag> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Bag> .
            <http://example.org/bag> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_1> "inner" .
            <http://example.org/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_7> "seven" .
            <http://example.org/seq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#_3> "three" .
            """);
    }

    [Fact]
    public void RdfIdOnAPropertyElementReifiesTheStatement()
    {
        AssertReadsAs(Open + """
              <rdf:Description rdf:about="http://example.org/s">
                <ex:p rdf:ID="t1">v</ex:p>
                <ex:q rdf:ID="t2" rdf:resource="http://example.org/o"/>
              </rdf:Description>
            """ + Close, """
            <http://example.org/s> <http://example.org/ns#p> "v" .
            <http://example.org/dir/doc#t1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
            <http://example.org/dir/doc#t1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://example.org/s> .
            <http://example.org/dir/doc#t1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://example.org/ns#p> .
            <http://example.org/dir/doc#t1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> "v" .
            <http://example.org/s> <http://example.org/ns#q> <http://example.org/o> .
            <http://example.org/dir/doc#t2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement> .
            <http://example.org/dir/doc#t2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <http://example.org/s> .
            <http://example.org/dir/doc#t2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <http://example.org/ns#q> .
            <http://example.org/dir/doc#t2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <http://example.org/o> .
            """);
    }

    [Fact]
    public void XmlBaseOverridesTheDocumentBaseInItsElement()
    {
        AssertReadsAs("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/ns#"
                     xml:base="http://other.example/a/b#frag">
              <rdf:Description rdf:ID="x" ex:p="id"/>
              <rdf:Description rdf:about="" ex:p="same document"/>
              <rdf:Description rdf:about="c">
                <ex:p rdf:resource="../d"/>
                <ex:q xml:base="http://third.example/"><rdf:Description rdf:about="e"/></ex:q>
                <ex:r rdf:resource="#f"/>
              </rdf:Description>
            </rdf:RDF>
            """, """
            <http://other.example/a/b#x> <http://example.org/ns#p> "id" .
            <http://other.example/a/b> <http://example.org/ns#p> "same document" .
            <http://other.example/a/c> <http://example.org/ns#p> <http://other.example/d> .
            <http://other.example/a/c> <http://example.org/ns#q> <http://third.example/e> .
            <http://other.example/a/c> <http://example.org/ns#r> <http://other.example/a/b#f> .
            """);
    }

    [Fact]
    public void ADocumentMayBeASingleNodeElementWithoutRdfRdf()
    {
        AssertReadsAs("""
            <ex:Thing xmlns:ex="http://example.org/ns#" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" rdf:about="http://example.org/t">
              <ex:p>v</ex:p>
            </ex:Thing>
            """, """
            <http://example.org/t> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/ns#Thing> .
            <http://example.org/t> <http://example.org/ns#p> "v" .
            """);
    }

    [Fact]
    public void TriplesComeOutBeforeTheRestOfTheDocumentIsRead()
    {
        using var reader = RdfReader.Create(
            new StringReader(Open + """<rdf:Description rdf:about="http://example.org/s" ex:p="v"/><broken"""),
            RdfFormat.RdfXml);
        Assert.True(reader.TryRead(out var quad));
        Assert.Equal(Literal.Simple("v"), quad.Obj);
        Assert.Throws<RdfSyntaxException>(() => reader.TryRead(out _));
    }

    [Fact]
    public void RelativeIrisNeedABase()
    {
        var e = Assert.Throws<RdfSyntaxException>(() => Read(Open + """<rdf:Description rdf:about="s" ex:p="v"/>""" + Close, baseIri: null));
        Assert.Contains("no base IRI", e.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<rdf:li rdf:about="http://e/s"/>""", 2, 1, "rdf:li cannot be used as a node element")]
    [InlineData("""<rdf:Description><rdf:ID>x</rdf:ID></rdf:Description>""", 2, 18, "rdf:ID cannot be used as a property element")]
    [InlineData("""<rdf:Description><rdf:Description/></rdf:Description>""", 2, 18, "rdf:Description cannot be used as a property element")]
    [InlineData("""<rdf:RDF/>""", 2, 1, "rdf:RDF cannot be used as a node element")]
    [InlineData("""<rdf:Description rdf:aboutEach="#x"/>""", 2, 18, "attribute rdf:aboutEach is not allowed")]
    [InlineData("""<rdf:Description rdf:bagID="x"/>""", 2, 18, "attribute rdf:bagID is not allowed")]
    [InlineData("""<rdf:Description rdf:about="http://e/s" rdf:nodeID="n"/>""", 2, 41, "only one of rdf:ID, rdf:about and rdf:nodeID")]
    [InlineData("""<rdf:Description><ex:p rdf:about="http://e/o"/></rdf:Description>""", 2, 24, "attribute rdf:about is not allowed")]
    [InlineData("""<rdf:Description><ex:p rdf:li="x"/></rdf:Description>""", 2, 24, "attribute rdf:li is not allowed")]
    [InlineData("""<rdf:Description>text</rdf:Description>""", 2, 18, "text is only allowed inside property elements")]
    [InlineData("""<rdf:Description><ex:p rdf:resource="http://e/o">text</ex:p></rdf:Description>""", 2, 18, "has text, but its attributes describe a resource")]
    [InlineData("""<rdf:Description><ex:p><rdf:Description/><rdf:Description/></ex:p></rdf:Description>""", 2, 42, "more than one node element")]
    [InlineData("""<rdf:Description><ex:p>text<rdf:Description/></ex:p></rdf:Description>""", 2, 28, "mixes text and elements")]
    [InlineData("""<rdf:Description><ex:p rdf:parseType="Resource" rdf:resource="http://e/o"/></rdf:Description>""", 2, 18, "rdf:parseType allows no other attributes")]
    [InlineData("""<rdf:Description rdf:ID="a"/><rdf:Description rdf:ID="a"/>""", 2, 47, "used twice")]
    [InlineData("""<rdf:Description rdf:nodeID="1a"/>""", 2, 18, "not an XML name")]
    [InlineData("""<rdf:Description><p/></rdf:Description>""", 2, 18, "element p has no namespace")]
    [InlineData("""<rdf:Description rdf:about="http://e/s" other="x"/>""", 2, 41, "attribute other has no namespace")]
    [InlineData("""<rdf:Description xml:lang="en_GB"/>""", 2, 1, "not a well-formed language tag")]
    [InlineData("""<rdf:Description><ex:p rdf:datatype="http://www.w3.org/1999/02/22-rdf-syntax-ns#langString">x</ex:p></rdf:Description>""", 2, 18, "rdf:langString")]
    [InlineData("""<rdf:Description><ex:p rdf:resource="http://e/o" rdf:datatype="http://e/d"/></rdf:Description>""", 2, 18, "rdf:datatype is for literals")]
    [InlineData("""<rdf:Description><ex:p rdf:datatype="http://e/d"><rdf:Description/></ex:p></rdf:Description>""", 2, 50, "no room for a node element")]
    [InlineData("""<rdf:Description><ex:p><rdf:Description/>text</ex:p></rdf:Description>""", 2, 42, "text after the node element")]
    [InlineData("""<rdf:Description></rdf:Descriptio>""", 2, 20, "does not match the end tag")]
    public void ErrorsPointAtTheOffendingElementOrAttribute(string body, int line, int column, string message)
    {
        var e = Fails(Open + "\n" + body + "\n" + Close);
        Assert.Equal("test.rdf", e.Source);
        Assert.Equal((line, column), (e.Line, e.Column));
        Assert.Contains(message, e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributesOtherThanXmlOnesAreNotAllowedOnRdfRdf()
    {
        var e = Fails("""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/" xml:lang="en" ex:a="b"/>""");
        Assert.Equal((1, 101), (e.Line, e.Column));
    }

    [Fact]
    public void NestingBeyondTheLimitIsASyntaxError()
    {
        var deep = string.Concat(Enumerable.Repeat("<ex:p><rdf:Description>", 10)) + string.Concat(Enumerable.Repeat("</rdf:Description></ex:p>", 10));
        var xml = Open + "<rdf:Description>" + deep + "</rdf:Description>" + Close;
        Assert.Equal(10, Read(xml).Count);
        var e = Assert.Throws<RdfSyntaxException>(() =>
            RdfReader.Load(new StringReader(xml), RdfFormat.RdfXml, new RdfReaderOptions { MaxNesting = 8 }));
        Assert.Contains("nested more than 8 deep", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedXmlIsASyntaxErrorWithItsPosition()
    {
        var e = Fails("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n  <a & b>");
        Assert.Equal(2, e.Line);
        Assert.DoesNotContain("Line 2", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EntityExpansionIsBounded()
    {
        var entities = string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY e{i} \"{string.Concat(Enumerable.Repeat($"&e{i - 1};", 10))}\">"));
        var xml = $"<!DOCTYPE rdf:RDF [<!ENTITY e0 \"laugh\">{entities}]>" + Open
            + """<rdf:Description rdf:about="http://e/s"><ex:p>&e9;</ex:p></rdf:Description>""" + Close;
        Fails(xml);
    }

    [Fact]
    public void ExternalEntitiesAreNotFetched()
    {
        var secret = Path.GetTempFileName();
        try
        {
            File.WriteAllText(secret, "secret");
            var xml = $"<!DOCTYPE rdf:RDF [<!ENTITY ext SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>" + Open
                + """<rdf:Description rdf:about="http://e/s"><ex:p>[&ext;]</ex:p></rdf:Description>""" + Close;
            Assert.Equal(Literal.Simple("[]"), Assert.Single(Read(xml)).Obj);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void FormatIsKnownByNameExtensionAndMediaType()
    {
        Assert.True(RdfFormats.TryFromPath("data/x.rdf", out var byExtension));
        Assert.Equal(RdfFormat.RdfXml, byExtension);
        Assert.True(RdfFormats.TryFromPath("onto.owl", out var owl));
        Assert.Equal(RdfFormat.RdfXml, owl);
        Assert.True(RdfFormats.TryParseName("rdfxml", out var byName));
        Assert.Equal(RdfFormat.RdfXml, byName);
        Assert.Equal("application/rdf+xml", RdfFormat.RdfXml.MediaType());
        Assert.Equal(".rdf", RdfFormat.RdfXml.Extension());
    }

    [Fact]
    public void WrittenRdfXmlReadsBackAsTheSameGraph()
    {
        var original = RdfReader.Load(new StringReader("""
            @prefix ex: <http://example.org/> .
            @prefix other: <http://other.example/vocab#> .
            ex:a ex:knows [ ex:name "Nested" ; ex:age 7 ] ;
                 a ex:Person ;
                 ex:list ( 1 "two" ex:three ) ;
                 ex:name "A"@en-GB, "Ä", "" ;
                 ex:note "line one\nline \"two\"\r\n\ttabbed <&> ]]>" ;
                 other:when "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date> ;
                 <http://third.example/p.q-r_s> "  spaces  " .
            _:shared ex:p ex:a . ex:a ex:q _:shared . ex:b ex:q _:shared .
            """), RdfFormat.Turtle);
        var prefixes = new PrefixMap();
        prefixes.Set("ex", "http://example.org/");
        var text = RdfWriter.WriteToString(original, RdfFormat.RdfXml, new RdfWriterOptions { Prefixes = prefixes });
        Assert.True(Isomorphism.AreIsomorphic(original, Read(text)), text);
        Assert.Contains("xmlns:ex=\"http://example.org/\"", text, StringComparison.Ordinal);
        Assert.Contains("<ex:knows rdf:nodeID=", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<http://e/s> <http://e/p> <http://e/o> <http://e/g> .", "has no named graphs")]
    [InlineData("<http://e/s> <http://e/1> <http://e/o> .", "namespace followed by an XML name")]
    [InlineData("<http://e/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#li> <http://e/o> .", "part of its syntax")]
    [InlineData("<http://e/s> <http://e/p> \"bell\\u0007\" .", "U+0007")]
    public void WhatRdfXmlCannotExpressIsRefused(string nquads, string message)
    {
        var quads = RdfReader.Load(new StringReader(nquads), RdfFormat.NQuads);
        var e = Assert.Throws<InvalidOperationException>(() => RdfWriter.WriteToString(quads, RdfFormat.RdfXml));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> W3cRdfXmlFiles()
    {
        var root = W3cData.FindRoot();
        return [.. new[] { "sparql10", "sparql11" }
            .SelectMany(suite => Directory.EnumerateFiles(Path.Combine(root, suite), "*.rdf", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(W3cRdfXmlFiles))]
    public void W3cSparqlTestDataParses(string relativePath)
    {
        var path = Path.Combine(W3cData.FindRoot(), relativePath);
        using var text = RdfReader.OpenText(path);
        var quads = RdfReader.Load(text, RdfFormat.RdfXml, new RdfReaderOptions { BaseIri = new Uri(path).AbsoluteUri, SourceName = relativePath });
        Assert.NotEmpty(quads);
        Assert.True(Isomorphism.AreIsomorphic(quads, Read(RdfWriter.WriteToString(quads, RdfFormat.RdfXml))));
    }

    [Fact]
    public void W3cSortResultHasOneResultSetOfFourSolutions()
    {
        var path = Path.Combine(W3cData.FindRoot(), "sparql10", "sort", "result-sort-1.rdf");
        using var text = RdfReader.OpenText(path);
        var quads = RdfReader.Load(text, RdfFormat.RdfXml).ToList();

        // The result set's type and variable, then per solution: the link to it, its index, the
        // link to its binding, and the binding's variable and value.
        Assert.Equal(2 + (4 * 5), quads.Count);
        const string rs = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#";
        Assert.Equal(4, quads.Count(q => q.Predicate.Value == rs + "solution"));
        Assert.Equal(
            ["Alice", "Bob", "Eve", "Fred"],
            quads.Where(q => q.Predicate.Value == rs + "value").Select(q => ((Literal)q.Obj).Lexical).Order(StringComparer.Ordinal));
        Assert.Contains(quads, q => q.Obj.Equals(Literal.Typed("4", Vocab.Xsd.Integer)));
    }
}
