using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Sparql.Tests.Results;

public class ResultSetGraphTests
{
    private const string Prefixes = """
        @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        @prefix rs: <http://www.w3.org/2001/sw/DataAccess/tests/result-set#> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix : <http://example.org/> .

        """;

    private static ParsedResults Read(string turtle) =>
        SparqlResultsReader.FromResultSetGraph(
            RdfReader.Load(new StringReader(Prefixes + turtle), RdfFormat.Turtle, new RdfReaderOptions { BaseIri = "http://example.org/base/" }).DefaultGraph);

    [Fact]
    public void RowsFollowTheirIndexNotTheirPlaceInTheDocument()
    {
        var parsed = Read("""
            [] a rs:ResultSet ; rs:resultVariable "x", "y" ;
               rs:solution [ rs:index 2 ; rs:binding [ rs:variable "x" ; rs:value :second ] ] ;
               rs:solution [ rs:index 10 ; rs:binding [ rs:variable "y" ; rs:value "last"@en ] ] ;
               rs:solution [ rs:index 1 ; rs:binding [ rs:variable "x" ; rs:value _:node ] ; rs:binding [ rs:variable "y" ; rs:value 7 ] ] .
            """);

        Assert.True(parsed.Ordered);
        Assert.Equal(["x", "y"], parsed.Variables);
        Assert.IsType<BlankNode>(parsed.Rows[0][0]);
        Assert.Equal(Literal.Typed("7", Vocab.Xsd.Integer), parsed.Rows[0][1]);
        SampleResults.AssertRow(parsed.Rows[1], new Iri("http://example.org/second"), null);
        SampleResults.AssertRow(parsed.Rows[2], null, Literal.LangString("last", "en"));
    }

    [Fact]
    public void WithoutIndexesRowsAreUnordered()
    {
        var parsed = Read("""
            [] a rs:ResultSet ; rs:resultVariable "x" ;
               rs:solution [ rs:binding [ rs:variable "x" ; rs:value <rel> ] ], [ ] .
            """);

        Assert.False(parsed.Ordered);
        Assert.Equal(2, parsed.Rows.Count);
        Assert.Contains(parsed.Rows, row => new Iri("http://example.org/base/rel").Equals(row[0]));
        Assert.Contains(parsed.Rows, row => row[0] is null);
    }

    [Fact]
    public void AnUntypedResultSetIsFoundByItsProperties()
    {
        var parsed = Read("""[] rs:solution [ rs:binding [ rs:variable "v" ; rs:value "x" ] ] .""");

        Assert.Equal(["v"], parsed.Variables);
        SampleResults.AssertRow(Assert.Single(parsed.Rows), Literal.Simple("x"));
    }

    [Fact]
    public void NoSolutionsAndNoVariables()
    {
        var parsed = Read("[] a rs:ResultSet .");

        Assert.Null(parsed.Boolean);
        Assert.Empty(parsed.Variables);
        Assert.Empty(parsed.Rows);
    }

    [Theory]
    [InlineData("[] a rs:ResultSet ; rs:boolean true .", true)]
    [InlineData("[] a rs:ResultSet ; rs:boolean \"false\"^^xsd:boolean .", false)]
    public void Booleans(string turtle, bool expected) => Assert.Equal(expected, Read(turtle).Boolean);

    [Theory]
    [InlineData(":nothing :here :atAll .")]
    [InlineData("[] a rs:ResultSet . [] a rs:ResultSet .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:index 1 ], [ ] .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:index \"first\" ] .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:binding [ rs:variable \"x\" ] ] .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:binding [ rs:value 1 ] ] .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:binding [ rs:variable \"x\" ; rs:value 1, 2 ] ] .")]
    [InlineData("[] a rs:ResultSet ; rs:solution [ rs:binding [ rs:variable :x ; rs:value 1 ] ] .")]
    [InlineData("[] a rs:ResultSet ; rs:boolean \"perhaps\" .")]
    public void MalformedResultSetsAreFormatErrors(string turtle) =>
        Assert.Throws<FormatException>(() => Read(turtle));
}
