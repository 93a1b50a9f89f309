using NewsGraph.Rdf;

namespace NewsGraph.Rdf.Tests;

public class IsomorphismTests
{
    private static readonly Iri P = new("http://e/p");
    private static readonly Iri Q = new("http://e/q");

    [Fact]
    public void RenamedBlankNodesAreIsomorphic()
    {
        var a = new[] { T(B("x"), P, B("y")), T(B("y"), Q, L("1")) };
        var b = new[] { T(B("m"), P, B("n")), T(B("n"), Q, L("1")) };
        var mapping = Isomorphism.FindBlankNodeMapping(Quads(a), Quads(b));
        Assert.NotNull(mapping);
        Assert.Equal(B("m"), mapping![B("x")]);
    }

    [Fact]
    public void StructureMustMatchNotJustCounts()
    {
        var a = new[] { T(B("x"), P, B("y")), T(B("y"), P, B("x")) };
        var b = new[] { T(B("x"), P, B("x")), T(B("y"), P, B("y")) };
        Assert.False(Isomorphism.AreIsomorphic(Quads(a), Quads(b)));
    }

    [Fact]
    public void SymmetricGraphsNeedBacktracking()
    {
        // Two disjoint cycles of length three: every node looks alike to colour refinement.
        var a = Cycle("a", 3).Concat(Cycle("b", 3)).ToArray();
        var b = Cycle("x", 3).Concat(Cycle("y", 3)).ToArray();
        var c = Cycle("x", 6).ToArray();
        Assert.True(Isomorphism.AreIsomorphic(Quads(a), Quads(b)));
        Assert.False(Isomorphism.AreIsomorphic(Quads(a), Quads(c)));
    }

    [Fact]
    public void GroundTriplesAndGraphNamesMustBeEqual()
    {
        var g = new Iri("http://e/g");
        var a = new[] { new Quad(new Iri("http://e/s"), P, L("1"), g) };
        Assert.True(Isomorphism.AreIsomorphic(a, [new Quad(new Iri("http://e/s"), P, L("1"), g)]));
        Assert.False(Isomorphism.AreIsomorphic(a, [new Quad(new Iri("http://e/s"), P, L("1"), null)]));
        Assert.False(Isomorphism.AreIsomorphic(a, [new Quad(new Iri("http://e/s"), P, L("2"), g)]));
    }

    [Fact]
    public void BlankGraphNamesAreMapped()
    {
        var a = new[] { new Quad(B("s"), P, B("o"), B("g")) };
        var b = new[] { new Quad(B("1"), P, B("2"), B("3")) };
        var c = new[] { new Quad(B("1"), P, B("2"), B("1")) };
        Assert.True(Isomorphism.AreIsomorphic(a, b));
        Assert.False(Isomorphism.AreIsomorphic(a, c));
    }

    private static IEnumerable<Triple> Cycle(string prefix, int n) =>
        Enumerable.Range(0, n).Select(i => T(B(prefix + i), P, B(prefix + ((i + 1) % n))));

    private static IEnumerable<Quad> Quads(IEnumerable<Triple> triples) => triples.Select(t => t.InGraph(null));

    private static Triple T(Term s, Iri p, Term o) => new(s, p, o);

    private static BlankNode B(string label) => new(label);

    private static Literal L(string s) => Literal.Simple(s);
}
