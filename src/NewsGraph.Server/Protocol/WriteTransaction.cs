using NewsGraph.Store;

namespace NewsGraph.Server.Protocol;

/// <summary>One write request as one transaction: committed if the change succeeds, rolled back if it throws.</summary>
internal static class WriteTransaction
{
    public static T Run<T>(IDataset dataset, Func<IQuadStore, T> change)
    {
        var session = dataset.BeginWrite();
        T result;
        try
        {
            result = change(session.Store);
            session.Commit();
        }
        catch (Exception failure)
        {
            DisposeAfter(session, failure);
            throw;
        }

        session.Dispose();
        return result;
    }

    /// <summary>
    /// Ends a failed transaction. A store that cannot roll back (the in-memory one) says so by
    /// throwing; the request's own failure is what the client must hear, so that is kept.
    /// </summary>
    private static void DisposeAfter(IWriteSession session, Exception failure)
    {
        try
        {
            session.Dispose();
        }
        catch (InvalidOperationException rollback) when (rollback != failure)
        {
            // Already reported through the original failure.
        }
    }
}
