namespace NewsGraph.Conformance.Rdf;

/// <summary>
/// Runs a check with a time limit, so that a parser stuck in a loop on one test fails that test
/// instead of hanging the whole run. The abandoned check keeps its (background) thread until the
/// process ends. An exception escaping the check is a failure, never a pass.
/// </summary>
internal static class TimeLimit
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    public static string? Run(Func<string?> check)
    {
        var task = Task.Run(check);
        try
        {
            return task.Wait(Limit) ? task.Result : $"did not finish within {Limit.TotalSeconds:0} seconds";
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            return "crashed: " + Failures.Describe(e.InnerExceptions[0]);
        }
    }
}
