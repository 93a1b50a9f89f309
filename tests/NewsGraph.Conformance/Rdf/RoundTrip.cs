using NewsGraph.Conformance.Manifests;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Rdf;

/// <summary>
/// Checks the writers: an eval test's expected data is written in the suite's own syntax and in
/// the matching line-based one, read back, and must be isomorphic to what was written.
/// </summary>
public static class RoundTrip
{
    /// <summary>Round trips are made from eval tests only: they are the ones with expected data.</summary>
    public static bool Applies(ManifestTest test) => IsEval(test, out _);

    public static IReadOnlyList<RoundTripOutcome> Run(ManifestTest test)
    {
        if (!IsEval(test, out var actionFormat))
        {
            return [];
        }

        RdfFormat[] formats = actionFormat.HasNamedGraphs() ? [RdfFormat.TriG, RdfFormat.NQuads] : [RdfFormat.Turtle, RdfFormat.NTriples];
        return [.. formats.Select(f => new RoundTripOutcome(test, f, TimeLimit.Run(() => Check(test, actionFormat, f))))];
    }

    private static bool IsEval(ManifestTest test, out RdfFormat actionFormat)
    {
        var isEval = RdfTestType.TryParse(test.Type, out var type) && type.Kind == RdfTestKind.Eval;
        actionFormat = type.Format;
        return isEval;
    }

    private static string? Check(ManifestTest test, RdfFormat actionFormat, RdfFormat format)
    {
        Dataset data;
        try
        {
            data = TestFiles.ReadResult(test);
        }
        catch (Exception e)
        {
            return $"could not read the expected result {Path.GetFileName(test.ResultPath)}: {Failures.Describe(e)}";
        }

        string written;
        try
        {
            written = RdfWriter.WriteToString(data, format, new RdfWriterOptions { Prefixes = WriterPrefixes(test, actionFormat) });
        }
        catch (Exception e)
        {
            return "the writer failed: " + Failures.Describe(e);
        }

        Dataset reread;
        try
        {
            reread = RdfReader.Load(new StringReader(written), format, new RdfReaderOptions { SourceName = $"written {format}" });
        }
        catch (Exception e)
        {
            return $"could not read back what was written: {Failures.Describe(e)}\n{Failures.Excerpt(written, e)}";
        }

        return Isomorphism.AreIsomorphic(data, reread)
            ? null
            : $"read back differently: {DatasetDiff.Describe(reread, data)}\n{Failures.Excerpt(written)}";
    }

    /// <summary>
    /// The common prefixes plus those the test's input declares. The inputs' prefixes are chosen
    /// to exercise unusual local names, which is exactly what the writer must escape correctly.
    /// </summary>
    private static PrefixMap WriterPrefixes(ManifestTest test, RdfFormat actionFormat)
    {
        var prefixes = PrefixMap.Common();
        try
        {
            using var reader = RdfReader.Create(RdfReader.OpenText(test.ActionPath), actionFormat, new RdfReaderOptions { BaseIri = test.ActionBaseIri });
            while (reader.TryRead(out _))
            {
            }

            foreach (var (prefix, ns) in reader.Prefixes)
            {
                prefixes.Set(prefix, ns);
            }
        }
        catch (RdfSyntaxException)
        {
            // The eval test itself reports the failure to parse; the writer still gets the common prefixes.
        }

        return prefixes;
    }
}
