using System.Diagnostics;
using NewsGraph.Store;

namespace NewsGraph.Remote;

/// <summary>
/// Copies a dataset snapshot to a remote SPARQL store graph by graph, in batches, recording each
/// acknowledged batch in a checkpoint so that a rerun continues where the last one stopped and
/// sends nothing for a graph already pushed with the same content. A graph whose content changed
/// since it was pushed replaces its remote copy. Triples linked through blank nodes go in one
/// request, since blank nodes are scoped to a request.
/// </summary>
public sealed class Pusher(PushOptions options)
{
    private static readonly PushMethod[] ProbeOrder = [PushMethod.Gsp, PushMethod.Update];

    private PushOptions Options { get; } = options;

    /// <summary>Called after every acknowledged request.</summary>
    public event Action<PushProgress>? Progress;

    /// <summary>Where the checkpoint for <paramref name="endpoint"/> lives in a data directory.</summary>
    public static string CheckpointPath(string dataDirectory, Uri endpoint) => PushCheckpoint.PathFor(dataDirectory, endpoint);

    public async Task<PushSummary> PushAsync(IDataset dataset, CancellationToken cancel = default)
    {
        if (Options.BatchSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), Options.BatchSize, "the batch size must be at least 1");
        }

        var clock = Stopwatch.StartNew();
        using var session = dataset.BeginRead();
        using var checkpoint = PushCheckpoint.Open(Options.CheckpointFile, Options.Restart);
        using var client = new StoreClient(Options);
        var graphs = SourceGraph.Select(session.Store, Options);
        var run = new Run(this, client, checkpoint, graphs.Count, clock);
        var unchanged = 0;
        foreach (var graph in graphs)
        {
            if (!await run.PushGraphAsync(graph, cancel).ConfigureAwait(false))
            {
                unchanged++;
            }

            run.GraphsDone++;
        }

        return new PushSummary(run.Protocol?.Method, graphs.Count, unchanged, run.Triples, run.Batches, clock.Elapsed);
    }

    /// <summary>The state of one push: the protocol once known, and the running totals.</summary>
    private sealed class Run(Pusher owner, StoreClient client, PushCheckpoint checkpoint, int graphs, Stopwatch clock)
    {
        private PushOptions Options => owner.Options;

        public WriteProtocol? Protocol { get; private set; }

        public int GraphsDone { get; set; }

        public long Triples { get; private set; }

        public int Batches { get; private set; }

        /// <summary>Sends what the endpoint does not have yet of one graph; false if it had it all.</summary>
        public async Task<bool> PushGraphAsync(SourceGraph graph, CancellationToken cancel)
        {
            var content = graph.Scan();
            var before = checkpoint.Get(graph.Target);
            var same = before is not null && before.Matches(content);
            if (same && before!.Sent >= content.Count)
            {
                return false;
            }

            // A remote copy of different content is stale: the first request replaces it.
            var replace = Options.Replace || (before is not null && !same);
            var sent = same ? before!.Sent : 0;
            if (content.Count == 0)
            {
                if (replace)
                {
                    await SendAsync(graph.Target, TripleBatch.Empty, replace: true, cancel).ConfigureAwait(false);
                }

                checkpoint.Record(new GraphProgress(graph.Target, content.Hash, 0, 0));
                return true;
            }

            foreach (var batch in graph.Batches(sent, Options.BatchSize))
            {
                sent = await SendAsync(graph.Target, content, sent, batch, replace && sent == 0, cancel).ConfigureAwait(false);
            }

            return true;
        }

        /// <summary>
        /// Sends a batch and records it; returns the new count of acknowledged triples. A batch
        /// the endpoint refuses for its content is sent again in two halves (down to a group that
        /// cannot be split): stores have limits on the size of a request (413, or Virtuoso's
        /// limits on the SQL an update compiles to), and the smallest refused part carries the
        /// message about the data.
        /// </summary>
        private async Task<long> SendAsync(string target, GraphContent content, long sent, TripleBatch batch, bool replace, CancellationToken cancel)
        {
            var answer = await SendAsync(target, batch, replace, cancel).ConfigureAwait(false);
            if (!answer.IsSuccess)
            {
                if (!batch.CanSplit || !MaySplit(answer))
                {
                    throw Refused($"{Verb(replace)} of {batch.Count} triples to <{target}>", answer);
                }

                var (first, second) = batch.Split();
                sent = await SendAsync(target, content, sent, first, replace, cancel).ConfigureAwait(false);
                return await SendAsync(target, content, sent, second, replace: false, cancel).ConfigureAwait(false);
            }

            sent += batch.Count;
            checkpoint.Record(new GraphProgress(target, content.Hash, content.Count, sent));
            Triples += batch.Count;
            Batches++;
            owner.Progress?.Invoke(new PushProgress(GraphsDone, graphs, Triples, Batches, clock.Elapsed));
            return sent;
        }

        private async Task<RemoteAnswer> SendAsync(string target, TripleBatch batch, bool replace, CancellationToken cancel)
        {
            Protocol ??= await ResolveAsync(target, cancel).ConfigureAwait(false);
            var answer = await client.SendAsync(() => Protocol.Write(target, batch, replace), cancel).ConfigureAwait(false);
            if (!answer.IsSuccess && batch.Count == 0)
            {
                throw Refused($"{Verb(replace)} of an empty graph to <{target}>", answer);
            }

            return answer;
        }

        /// <summary>Refusals that may be about the request's size; not those about who asks or where.</summary>
        private static bool MaySplit(RemoteAnswer answer) => (int)answer.Status >= 400 && answer.Status is not (
            System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden or System.Net.HttpStatusCode.NotFound
            or System.Net.HttpStatusCode.MethodNotAllowed or System.Net.HttpStatusCode.UnsupportedMediaType);

        private string Verb(bool replace) => Protocol!.Method == PushMethod.Gsp ? (replace ? "PUT" : "POST") : "Update";

        /// <summary>The protocol asked for, or for Auto the first the endpoint accepts: GSP, then Update.</summary>
        private async Task<WriteProtocol> ResolveAsync(string target, CancellationToken cancel)
        {
            if (Options.Method != PushMethod.Auto)
            {
                return WriteProtocol.For(Options.Method, Options.Endpoint);
            }

            var refusals = new List<string>();
            foreach (var method in ProbeOrder)
            {
                var protocol = WriteProtocol.For(method, Options.Endpoint);
                var answer = await client.SendAsync(() => protocol.Probe(target), cancel).ConfigureAwait(false);
                if (answer.IsSuccess)
                {
                    return protocol;
                }

                if (answer.Status is System.Net.HttpStatusCode.Unauthorized or System.Net.HttpStatusCode.Forbidden)
                {
                    throw Refused($"probe ({method.ToString().ToUpperInvariant()})", answer);
                }

                refusals.Add($"{method.ToString().ToUpperInvariant()}: {answer.Describe()}");
            }

            throw new PushException($"{StoreClient.Redacted(Options.Endpoint)} accepts neither the Graph Store Protocol nor SPARQL Update ({string.Join("; ", refusals)})");
        }

        private PushException Refused(string what, RemoteAnswer answer)
        {
            var hint = answer.Status switch
            {
                System.Net.HttpStatusCode.Unauthorized when Options.Credentials is null => " (the endpoint wants credentials; none were given)",
                System.Net.HttpStatusCode.Unauthorized => $" (the endpoint did not accept the {Options.Credentials})",
                _ => "",
            };
            return new PushException($"{StoreClient.Redacted(Options.Endpoint)}: {what} refused: {answer.Describe()}{hint}");
        }
    }
}
