using System.Diagnostics;
using NewsGraph.Sparql;
using NewsGraph.Store.Memory;

namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// Runs one case in this process: parses it, then evaluates a query against the dataset reading
/// every result, or applies an update to a fresh copy of it.
/// </summary>
internal sealed class SparqlCaseRunner(SparqlLimits limits)
{
    private const string BaseIri = "http://example.org/fuzz/base";

    // Queries only read, so they share one store.
    private readonly MemoryQuadStore _store = FuzzDataset.NewStore();

    private readonly SparqlQueryOptions _queryOptions = new()
    {
        Timeout = limits.Timeout,
        MaxResults = limits.MaxResults,
        MaxMemoryBytes = limits.MaxMemoryBytes,
    };

    private readonly SparqlUpdateOptions _updateOptions = new() { Timeout = limits.Timeout };

    public CaseOutcome Run(SparqlKind kind, string text)
    {
        var clock = Stopwatch.StartNew();
        var stage = CaseStage.Parse;
        long items = 0;
        long managedBytes = 0;
        try
        {
            try
            {
                if (kind == SparqlKind.Query)
                {
                    var query = SparqlEngine.ParseQuery(text, BaseIri);
                    stage = CaseStage.Evaluate;
                    switch (SparqlEngine.Execute(_store, query, _queryOptions))
                    {
                        case SolutionsResult solutions:
                            foreach (var _ in solutions.Rows)
                            {
                                items++;
                            }

                            break;
                        case GraphResult graph:
                            foreach (var _ in graph.Triples)
                            {
                                items++;
                            }

                            break;
                        case BooleanResult:
                            items = 1;
                            break;
                    }
                }
                else
                {
                    var operations = SparqlEngine.ParseUpdate(text, BaseIri);
                    stage = CaseStage.Evaluate;
                    var store = FuzzDataset.NewStore();
                    SparqlEngine.Update(store, operations, _updateOptions);
                }
            }
            finally
            {
                // Sampled while the results and their buffers are still reachable.
                managedBytes = GC.GetTotalMemory(forceFullCollection: false);
            }

            return new CaseOutcome(CaseResult.Completed, clock.Elapsed, items, null, managedBytes, stage);
        }
        catch (SparqlSyntaxException e) when (stage == CaseStage.Parse)
        {
            // A position outside the input is as unhelpful as a crash, so it counts as one.
            return MisplacedSyntaxErrorException.Check(e, e.Line, e.Column, text) is { } misplaced
                ? new CaseOutcome(CaseResult.Crash, clock.Elapsed, items, Failure.Of(misplaced), managedBytes, stage)
                : new CaseOutcome(CaseResult.SyntaxError, clock.Elapsed, items, Failure.Of(e), managedBytes, stage);
        }
        catch (Exception e) when (IsCleanStop(e, kind, text))
        {
            return new CaseOutcome(CaseResult.Stopped, clock.Elapsed, items, Failure.Of(e), managedBytes, stage);
        }
        catch (Exception e)
        {
            return new CaseOutcome(CaseResult.Crash, clock.Elapsed, items, Failure.Of(e), managedBytes, stage);
        }
    }

    /// <summary>The exceptions the engine documents for a query or update it will not finish.</summary>
    private static bool IsCleanStop(Exception e, SparqlKind kind, string text) => e switch
    {
        SparqlTimeoutException or SparqlLimitException => true,

        // Federated query is disabled: SERVICE is refused, and nothing else may be.
        NotSupportedException => text.Contains("SERVICE", StringComparison.OrdinalIgnoreCase),
        SparqlUpdateException => kind == SparqlKind.Update,
        _ => false,
    };
}
