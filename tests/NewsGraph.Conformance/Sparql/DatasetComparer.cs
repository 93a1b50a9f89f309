using NewsGraph.Conformance.Rdf;
using NewsGraph.Rdf;

namespace NewsGraph.Conformance.Sparql;

/// <summary>Compares graphs (CONSTRUCT, DESCRIBE) and datasets (the store after an update) by isomorphism.</summary>
internal static class DatasetComparer
{
    public static CheckResult Compare(IReadOnlyCollection<Quad> actual, IReadOnlyCollection<Quad> expected)
    {
        if (Isomorphism.AreIsomorphic(actual, expected))
        {
            return CheckResult.Pass;
        }

        if (Isomorphism.AreIsomorphic(ByValue(actual), ByValue(expected)))
        {
            return CheckResult.Lenient(SolutionComparer.NumberDifferences(actual.Select(q => q.Obj), expected.Select(q => q.Obj)));
        }

        return CheckResult.Fail(DatasetDiff.Describe(actual, expected));
    }

    private static List<Quad> ByValue(IEnumerable<Quad> quads) => [.. quads.Select(q => q with { Obj = LenientNumbers.ByValue(q.Obj) })];
}
