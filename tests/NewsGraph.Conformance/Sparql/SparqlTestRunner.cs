using NewsGraph.Conformance.Manifests;
using NewsGraph.Conformance.Rdf;
using NewsGraph.Rdf;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Algebra;
using NewsGraph.Sparql.Results;
using NewsGraph.Store.Memory;

namespace NewsGraph.Conformance.Sparql;

/// <summary>Runs one SPARQL test (syntax, query evaluation or update evaluation) against NewsGraph's engine.</summary>
public static class SparqlTestRunner
{
    /// <summary>
    /// The engine is asked to stop itself after this long, before the harness's harder
    /// <see cref="TimeLimit"/> abandons the test, so that a slow query does not keep a thread busy.
    /// </summary>
    private static readonly TimeSpan EngineTimeout = TimeSpan.FromSeconds(20);

    /// <summary>No test expects anywhere near this many rows; a runaway query fails instead of filling memory.</summary>
    private const long MaxResults = 100_000;

    public static SparqlOutcome Run(SparqlTest test)
    {
        if (test.SkipReason is { } reason)
        {
            return new SparqlOutcome(test, SparqlVerdict.Skipped, reason);
        }

        var result = CheckResult.Pass;
        var timeout = TimeLimit.Run(() =>
        {
            result = Check(test);
            return null;
        });
        if (timeout is not null)
        {
            result = CheckResult.Fail(timeout);
        }

        // Optional behaviour a test assumes explains many of its failures, so it is named with them.
        var detail = result.Verdict == SparqlVerdict.Failed && test.Requires.Count > 0
            ? $"{result.Detail}\n(the test requires {string.Join(", ", test.Requires.Select(r => "mf:" + r))})"
            : result.Detail;
        return new SparqlOutcome(test, result.Verdict, detail);
    }

    private static CheckResult Check(SparqlTest test) => test.Kind switch
    {
        SparqlTestKind.PositiveSyntax => CheckSyntax(test, valid: true),
        SparqlTestKind.NegativeSyntax => CheckSyntax(test, valid: false),
        SparqlTestKind.QueryEvaluation => CheckQuery(test),
        SparqlTestKind.UpdateEvaluation => CheckUpdate(test),
        _ => CheckResult.Fail($"unsupported test type mf:{test.Type}"),
    };

    /// <summary>
    /// The parser is chosen by the file's extension, not the test type: some negative query
    /// syntax tests are update requests (.ru).
    /// </summary>
    private static CheckResult CheckSyntax(SparqlTest test, bool valid)
    {
        var isUpdate = Path.GetExtension(test.File).Equals(".ru", StringComparison.OrdinalIgnoreCase);
        var what = isUpdate ? "update" : "query";
        var text = File.ReadAllText(test.File);
        var baseIri = FileIris.FromPath(test.File);
        try
        {
            if (isUpdate)
            {
                SparqlEngine.ParseUpdate(text, baseIri);
            }
            else
            {
                SparqlEngine.ParseQuery(text, baseIri);
            }
        }
        catch (SparqlSyntaxException e)
        {
            return valid ? CheckResult.Fail($"rejected a valid {what}: {e.Message}") : CheckResult.Pass;
        }
        catch (Exception e)
        {
            // Invalid input must be reported as a syntax error; anything else is a parser bug.
            return CheckResult.Fail($"threw instead of {(valid ? "parsing" : "reporting a syntax error")}: {Describe(e)}");
        }

        return valid ? CheckResult.Pass : CheckResult.Fail($"accepted an invalid {what}");
    }

    private static CheckResult CheckQuery(SparqlTest test)
    {
        var resultPath = test.ResultPath ?? throw new InvalidDataException($"query evaluation test {test.Name} has no mf:result");
        var baseIri = FileIris.FromPath(test.File);
        Query query;
        try
        {
            query = SparqlEngine.ParseQuery(File.ReadAllText(test.File), baseIri);
        }
        catch (Exception e)
        {
            return CheckResult.Fail("could not parse the query: " + Describe(e));
        }

        MemoryQuadStore store;
        try
        {
            store = test.Data.IsEmpty ? StoreFromClauses(query) : TestData.Store(test.Data);
        }
        catch (Exception e)
        {
            return CheckResult.Fail("could not load the test data: " + Describe(e));
        }

        QueryOutput expected;
        try
        {
            expected = QueryOutput.ReadExpected(resultPath);
        }
        catch (Exception e)
        {
            return CheckResult.Fail($"could not read the expected result {Path.GetFileName(resultPath)}: {Describe(e)}");
        }

        QueryOutput actual;
        try
        {
            var options = new SparqlQueryOptions { BaseIri = baseIri, Timeout = EngineTimeout, MaxResults = MaxResults };
            actual = QueryOutput.FromResult(SparqlEngine.Execute(store, query, options));
        }
        catch (Exception e)
        {
            return CheckResult.Fail("the query failed: " + Describe(e));
        }

        return (actual, expected) switch
        {
            (SolutionsOutput a, SolutionsOutput e) => SolutionComparer.Compare(a, e, Rules(test, query, resultPath)),
            (BooleanOutput a, BooleanOutput e) => a.Value == e.Value ? CheckResult.Pass : CheckResult.Fail($"got {a.Summary}, expected {e.Summary}"),
            (GraphOutput a, GraphOutput e) => DatasetComparer.Compare(InDefaultGraph(a), InDefaultGraph(e)),
            _ => CheckResult.Fail($"got {actual.Summary}, expected {expected.Summary}"),
        };
    }

    /// <summary>
    /// Without qt:data or qt:graphData the query's FROM and FROM NAMED clauses name the data: each
    /// file they name becomes a named graph of that name, and the engine builds the default graph from them.
    /// </summary>
    private static MemoryQuadStore StoreFromClauses(Query query)
    {
        var store = new MemoryQuadStore();
        var graphs = query.Dataset is { } dataset ? dataset.Default.Concat(dataset.Named).Distinct() : [];
        foreach (var graph in graphs)
        {
            if (TestData.LocalFile(graph) is { } path)
            {
                TestData.AddNamedGraph(store, graph, path);
            }
        }

        return store;
    }

    private static SolutionRules Rules(SparqlTest test, Query query, string resultPath)
    {
        var csv = ResultsFormats.TryFromPath(resultPath, out var format) && format == ResultsFormat.Csv;
        return new SolutionRules(RowOrder.Of(query), test.LaxCardinality, LexicalOnly: csv);
    }

    private static List<Quad> InDefaultGraph(GraphOutput graph) => [.. graph.Triples.Select(t => t.InGraph(null))];

    private static CheckResult CheckUpdate(SparqlTest test)
    {
        MemoryQuadStore store;
        try
        {
            store = TestData.Store(test.Data);
        }
        catch (Exception e)
        {
            return CheckResult.Fail("could not load the test data: " + Describe(e));
        }

        Dataset expected;
        try
        {
            expected = TestData.Dataset(test.ExpectedData ?? DatasetFiles.Empty);
        }
        catch (Exception e)
        {
            return CheckResult.Fail("could not read the expected data: " + Describe(e));
        }

        try
        {
            var options = new SparqlUpdateOptions
            {
                BaseIri = FileIris.FromPath(test.File),
                ResolveLoadSource = TestData.LocalFile,
                Timeout = EngineTimeout,
            };
            SparqlEngine.Update(store, File.ReadAllText(test.File), options);
        }
        catch (SparqlSyntaxException e)
        {
            return CheckResult.Fail("could not parse the update: " + e.Message);
        }
        catch (Exception e)
        {
            return CheckResult.Fail("the update failed: " + Describe(e));
        }

        return DatasetComparer.Compare([.. store.Quads()], expected);
    }

    /// <summary>Syntax errors are described by their message; anything else is a bug, so its type and throwing frame are given.</summary>
    private static string Describe(Exception e) => e is SparqlSyntaxException ? e.Message : Failures.Describe(e);
}
