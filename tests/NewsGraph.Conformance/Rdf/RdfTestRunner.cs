using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

/// <summary>Runs one RDF syntax test (syntax, evaluation or canonicalisation) against NewsGraph's readers and writers.</summary>
public static class RdfTestRunner
{
    public static TestOutcome Run(ManifestTest test) => new(test, TimeLimit.Run(() => Check(test)));

    private static string? Check(ManifestTest test)
    {
        if (!RdfTestType.TryParse(test.Type, out var type))
        {
            return $"unsupported test type {test.Type}";
        }

        return type.Kind switch
        {
            RdfTestKind.PositiveSyntax => CheckAccepted(test, type.Format),
            RdfTestKind.NegativeSyntax => CheckRejected(test, type.Format),
            RdfTestKind.Eval => CheckEvaluation(test, type.Format),
            RdfTestKind.PositiveC14N => CheckCanonical(test, type.Format),
            _ => throw new ArgumentOutOfRangeException(nameof(test), type.Kind, "unknown test kind"),
        };
    }

    private static string? CheckAccepted(ManifestTest test, RdfFormat format)
    {
        try
        {
            TestFiles.ReadAction(test, format);
            return null;
        }
        catch (Exception e)
        {
            return "rejected a valid document: " + Failures.Describe(e);
        }
    }

    private static string? CheckRejected(ManifestTest test, RdfFormat format)
    {
        Dataset parsed;
        try
        {
            parsed = TestFiles.ReadAction(test, format);
        }
        catch (RdfSyntaxException)
        {
            return null;
        }
        catch (Exception e)
        {
            // Invalid input must be reported as a syntax error; anything else is a reader bug.
            return "threw instead of reporting a syntax error: " + Failures.Describe(e);
        }

        return $"accepted an invalid document ({parsed.Count} statements)";
    }

    private static string? CheckEvaluation(ManifestTest test, RdfFormat format)
    {
        Dataset actual;
        try
        {
            actual = TestFiles.ReadAction(test, format);
        }
        catch (Exception e)
        {
            return "rejected a valid document: " + Failures.Describe(e);
        }

        Dataset expected;
        try
        {
            expected = TestFiles.ReadResult(test);
        }
        catch (Exception e)
        {
            return $"could not read the expected result {Path.GetFileName(test.ResultPath)}: {Failures.Describe(e)}";
        }

        return Isomorphism.AreIsomorphic(actual, expected)
            ? null
            : $"not isomorphic to {Path.GetFileName(test.ResultPath)}: {DatasetDiff.Describe(actual, expected)}";
    }

    /// <summary>Canonical N-Triples/N-Quads must match the expected file byte for byte.</summary>
    private static string? CheckCanonical(ManifestTest test, RdfFormat format)
    {
        string written;
        try
        {
            written = RdfWriter.WriteToString(TestFiles.ReadAction(test, format), format);
        }
        catch (Exception e)
        {
            return "failed to read and rewrite the document: " + Failures.Describe(e);
        }

        var expected = File.ReadAllText(TestFiles.ResultPath(test));
        return written == expected
            ? null
            : $"output differs from {Path.GetFileName(test.ResultPath)}:\nexpected:\n{Failures.Excerpt(expected)}\nactual:\n{Failures.Excerpt(written)}";
    }
}
