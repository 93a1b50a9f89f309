using NewsGraph.Rdf;
using NewsGraph.Store.Memory;

namespace NewsGraph.Remote.Tests;

public sealed class PusherTests : IDisposable
{
    private const string G1 = "urn:test:graph-1";
    private const string G2 = "urn:test:graph-2";

    private readonly string _dir = Directory.CreateTempSubdirectory("push-tests-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Sends_each_graph_in_batches_of_the_given_size_under_its_own_name()
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 25), (G2, 3));

        var summary = await new Pusher(Options(store, PushMethod.Gsp, batch: 10)).PushAsync(data);

        Assert.Equal([10, 10, 5, 3], store.DataRequests.Select(r => LineCount(r.Body)));
        Assert.All(store.DataRequests, r => Assert.Equal("POST", r.Method));
        Assert.Equal([G1, G1, G1, G2], store.DataRequests.Select(r => r.Graph));
        AssertSameContent(data, store);
        Assert.Equal((PushMethod?)PushMethod.Gsp, summary.Method);
        Assert.Equal((2, 0, 28L, 4), (summary.Graphs, summary.Unchanged, summary.Triples, summary.Batches));
    }

    [Fact]
    public async Task The_default_graph_goes_to_the_target_graph_given()
    {
        using var store = new FakeStore();
        using var data = Dataset((null, 4), (G1, 2));

        await new Pusher(Options(store, PushMethod.Gsp) with { DefaultGraph = "urn:test:default" }).PushAsync(data);

        Assert.Equal(4, store.Graphs["urn:test:default"].Count);
        Assert.Equal(2, store.Graphs[G1].Count);
    }

    [Fact]
    public async Task A_rerun_after_a_failure_sends_only_what_was_not_acknowledged_and_a_rerun_after_success_sends_nothing()
    {
        using var store = new FakeStore { Fault = n => n == 3 ? (503, "shutting down", "text/plain") : null };
        using var data = Dataset((G1, 35));
        var options = Options(store, PushMethod.Gsp, batch: 10) with { Retries = 0 };

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(options).PushAsync(data));
        Assert.Contains("503", failure.Message, StringComparison.Ordinal);
        Assert.Contains("shutting down", failure.Message, StringComparison.Ordinal);
        Assert.Equal(20, store.Graphs[G1].Count);

        store.Fault = _ => null;
        var resumed = await new Pusher(options).PushAsync(data);
        Assert.Equal((15L, 2), (resumed.Triples, resumed.Batches));
        Assert.Equal(35, store.Graphs[G1].Count);
        // Each triple travelled once: two acknowledged batches, the refused one, then the last two.
        Assert.Equal(35 + 10, store.DataRequests.Sum(r => LineCount(r.Body)));

        var requestsBefore = store.Requests.Count;
        var again = await new Pusher(options).PushAsync(data);
        Assert.Equal((0L, 0, 1), (again.Triples, again.Batches, again.Unchanged));
        Assert.Equal(requestsBefore, store.Requests.Count);
    }

    [Fact]
    public async Task A_rerun_may_use_another_batch_size()
    {
        using var store = new FakeStore { Fault = n => n == 2 ? (503, "busy", "text/plain") : null };
        using var data = Dataset((G1, 30), (G2, 4));
        await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Gsp, batch: 10) with { Retries = 0 }).PushAsync(data));

        store.Fault = _ => null;
        await new Pusher(Options(store, PushMethod.Gsp, batch: 3)).PushAsync(data);

        Assert.Equal([10, 10, 3, 3, 3, 3, 3, 3, 2, 3, 1], store.DataRequests.Select(r => LineCount(r.Body)));
        AssertSameContent(data, store);
    }

    [Fact]
    public async Task A_batch_refused_as_too_large_is_sent_again_in_halves_but_linked_blank_nodes_stay_together()
    {
        using var store = new FakeStore { MaxTriplesPerRequest = 4 };
        using var data = Dataset((G1, 10));

        var summary = await new Pusher(Options(store, PushMethod.Update, batch: 10)).PushAsync(data);

        Assert.Equal([10, 5, 2, 3, 5, 2, 3], store.DataRequests.Select(r => LineCount(r.Body)));
        Assert.Equal((10L, 4), (summary.Triples, summary.Batches));
        AssertSameContent(data, store);

        using (var write = data.BeginWrite())
        {
            var chain = Enumerable.Range(0, 6).Select(i => new BlankNode($"c{i}")).ToList();
            for (var i = 0; i < 5; i++)
            {
                write.Store.Add(new Quad(chain[i], new Iri("urn:next"), chain[i + 1], new Iri(G2)));
            }

            write.Commit();
        }

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Update, batch: 10)).PushAsync(data));
        Assert.Contains("Update of 5 triples to <urn:test:graph-2> refused: 413", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_push_continues_where_it_stopped()
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 50));
        using var cancel = new CancellationTokenSource();
        var pusher = new Pusher(Options(store, PushMethod.Gsp, batch: 10));
        pusher.Progress += p =>
        {
            if (p.Batches == 2)
            {
                cancel.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pusher.PushAsync(data, cancel.Token));
        var resumed = await new Pusher(Options(store, PushMethod.Gsp, batch: 10)).PushAsync(data);

        Assert.Equal(30, resumed.Triples);
        Assert.Equal(50, store.DataRequests.Sum(r => LineCount(r.Body)));
    }

    [Fact]
    public async Task Restart_ignores_the_checkpoint()
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 5));
        var options = Options(store, PushMethod.Gsp);
        await new Pusher(options).PushAsync(data);

        var again = await new Pusher(options with { Restart = true }).PushAsync(data);

        Assert.Equal(5, again.Triples);
        Assert.Equal(2, store.DataRequests.Count);
    }

    [Fact]
    public async Task A_transient_failure_is_retried()
    {
        using var store = new FakeStore { Fault = n => n == 2 ? (503, "busy", "text/plain") : null };
        using var data = Dataset((G1, 30));

        var summary = await new Pusher(Options(store, PushMethod.Gsp, batch: 10)).PushAsync(data);

        Assert.Equal(3, summary.Batches);
        Assert.Equal(4, store.DataRequests.Count);
        Assert.Equal(30, store.Graphs[G1].Count);
    }

    [Fact]
    public async Task A_transient_failure_that_lasts_gives_up_after_the_retries_with_the_server_message()
    {
        using var store = new FakeStore { Fault = _ => (503, "maintenance until noon", "text/plain") };
        using var data = Dataset((G1, 3));

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Gsp) with { Retries = 2 }).PushAsync(data));

        Assert.Contains("maintenance until noon", failure.Message, StringComparison.Ordinal);
        Assert.Contains("tried 3 times", failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, store.DataRequests.Count);
    }

    [Fact]
    public async Task A_graph_changed_since_it_was_pushed_replaces_its_remote_copy()
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 4));
        var options = Options(store, PushMethod.Gsp);
        await new Pusher(options).PushAsync(data);

        using (var write = data.BeginWrite())
        {
            write.Store.Remove(Triple(G1, 0));
            write.Store.Add(Triple(G1, 99));
            write.Commit();
        }

        await new Pusher(options).PushAsync(data);

        Assert.Equal("PUT", store.DataRequests[^1].Method);
        AssertSameContent(data, store);
    }

    [Theory]
    [InlineData(PushMethod.Gsp)]
    [InlineData(PushMethod.Update)]
    public async Task Replace_clears_the_remote_graph_first(PushMethod method)
    {
        using var store = new FakeStore();
        store.Graphs[G1] = ["<urn:old> <urn:old> <urn:old> ."];
        using var data = Dataset((G1, 15));

        await new Pusher(Options(store, method, batch: 10) with { Replace = true }).PushAsync(data);

        AssertSameContent(data, store);
        if (method == PushMethod.Update)
        {
            Assert.StartsWith("CLEAR SILENT GRAPH <urn:test:graph-1> ;", store.DataRequests[0].Body, StringComparison.Ordinal);
            Assert.DoesNotContain("CLEAR", store.DataRequests[1].Body, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(["PUT", "POST"], store.DataRequests.Select(r => r.Method));
        }
    }

    [Theory]
    [InlineData(PushMethod.Gsp)]
    [InlineData(PushMethod.Update)]
    public async Task Triples_linked_through_blank_nodes_travel_in_one_request(PushMethod method)
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 5));
        using (var write = data.BeginWrite())
        {
            Iri g = new(G1), p = new("urn:p");
            BlankNode n1 = new("n1"), n2 = new("n2"), n3 = new("n3");
            write.Store.Add(new Quad(new Iri("urn:s"), p, n1, g));
            write.Store.Add(new Quad(n1, p, new Iri("urn:o"), g));
            write.Store.Add(new Quad(new Iri("urn:s"), p, n2, g));
            write.Store.Add(new Quad(n2, p, n3, g));
            write.Store.Add(new Quad(n3, p, Literal.Simple("end"), g));
            write.Commit();
        }

        await new Pusher(Options(store, method, batch: 2)).PushAsync(data);

        AssertSameContent(data, store);
        Assert.Equal(10, store.DataRequests.Sum(r => LineCount(r.Body)));
        Assert.Equal(2, LinesWith(Assert.Single(store.DataRequests, r => r.Body.Contains("_:n1", StringComparison.Ordinal)), "_:n1"));
        // A group longer than the batch size is a batch of its own.
        var chain = Assert.Single(store.DataRequests, r => r.Body.Contains("_:n2", StringComparison.Ordinal));
        Assert.Equal(3, LineCount(chain.Body));
        if (method == PushMethod.Update)
        {
            // A template, not INSERT DATA: some stores refuse blank nodes in INSERT DATA.
            Assert.All(store.DataRequests, r => Assert.Equal(r.Body.Contains("_:", StringComparison.Ordinal), r.Body.EndsWith("} } WHERE { }\n", StringComparison.Ordinal)));
        }
    }

    [Theory]
    [InlineData(true, false, PushMethod.Gsp)]
    [InlineData(false, true, PushMethod.Update)]
    public async Task Auto_uses_the_protocol_the_endpoint_accepts(bool gsp, bool update, PushMethod expected)
    {
        using var store = new FakeStore { AcceptsGsp = gsp, AcceptsUpdate = update };
        using var data = Dataset((G1, 12), (G2, 1));

        var summary = await new Pusher(Options(store, PushMethod.Auto, batch: 5)).PushAsync(data);

        Assert.Equal((PushMethod?)expected, summary.Method);
        AssertSameContent(data, store);
    }

    [Fact]
    public async Task Auto_reports_what_the_endpoint_said_to_each_protocol_when_it_takes_neither()
    {
        using var store = new FakeStore { AcceptsGsp = false, AcceptsUpdate = false };
        using var data = Dataset((G1, 1));

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Auto)).PushAsync(data));

        Assert.Contains("neither", failure.Message, StringComparison.Ordinal);
        Assert.Contains("unsupported media type application/sparql-update", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Basic_credentials_are_sent_when_the_endpoint_asks()
    {
        using var store = new FakeStore { RequiredAuthorization = "Basic " + Convert.ToBase64String("dba:s3cret"u8.ToArray()) };
        using var data = Dataset((G1, 3));

        var summary = await new Pusher(Options(store, PushMethod.Auto) with { Credentials = new RemoteCredentials.Password("dba", "s3cret") }).PushAsync(data);

        Assert.Equal(3, summary.Triples);
        AssertSameContent(data, store);
    }

    [Fact]
    public async Task A_bearer_token_goes_with_every_request()
    {
        using var store = new FakeStore { RequiredAuthorization = "Bearer tok-123" };
        using var data = Dataset((G1, 3));

        await new Pusher(Options(store, PushMethod.Gsp) with { Credentials = new RemoteCredentials.Bearer("tok-123") }).PushAsync(data);

        Assert.All(store.Requests, r => Assert.Equal("Bearer tok-123", r.Authorization));
    }

    [Fact]
    public async Task A_401_says_whether_credentials_were_missing_or_rejected()
    {
        using var store = new FakeStore { RequiredAuthorization = "Basic " + Convert.ToBase64String("dba:right"u8.ToArray()) };
        using var data = Dataset((G1, 3));

        var missing = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Gsp)).PushAsync(data));
        var rejected = await Assert.ThrowsAsync<PushException>(
            () => new Pusher(Options(store, PushMethod.Gsp) with { Credentials = new RemoteCredentials.Password("dba", "wrong") }).PushAsync(data));

        Assert.Contains("401", missing.Message, StringComparison.Ordinal);
        Assert.Contains("none were given", missing.Message, StringComparison.Ordinal);
        Assert.Contains("did not accept the user dba", rejected.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", rejected.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_error_page_is_reduced_to_its_message()
    {
        const string page = "<html><head><title>Error</title></head><body><h1>HTTP/1.1 500 Request Failed</h1>"
            + "<xmp>SP029: TURTLE RDF loader, line 1: syntax error</xmp></body></html>";
        using var store = new FakeStore { Fault = _ => (500, page, "text/html") };
        using var data = Dataset((G1, 3));

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Gsp)).PushAsync(data));

        Assert.Contains("500", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith(": SP029: TURTLE RDF loader, line 1: syntax error", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_named_in_the_error()
    {
        Uri closed;
        using (var store = new FakeStore())
        {
            closed = store.Url;
        }

        using var data = Dataset((G1, 3));
        var options = new PushOptions
        {
            Endpoint = closed,
            CheckpointFile = Path.Combine(_dir, "state.jsonl"),
            Method = PushMethod.Gsp,
            Retries = 1,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        };

        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(options).PushAsync(data));

        Assert.Contains("cannot reach the endpoint", failure.Message, StringComparison.Ordinal);
        Assert.Contains(closed.Authority, failure.Message, StringComparison.Ordinal);
        Assert.Contains("tried 2 times", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_graph_only_when_asked_and_an_unknown_graph_is_an_error()
    {
        using var store = new FakeStore();
        using var data = Dataset((null, 2), (G1, 2), (G2, 2));

        await new Pusher(Options(store, PushMethod.Gsp) with { Graph = G2 }).PushAsync(data);
        var failure = await Assert.ThrowsAsync<PushException>(() => new Pusher(Options(store, PushMethod.Gsp) with { Graph = "urn:test:none" }).PushAsync(data));

        Assert.Equal([G2], store.Graphs.Keys);
        Assert.Equal("the dataset has no graph <urn:test:none>", failure.Message);
    }

    [Fact]
    public async Task A_torn_last_line_in_the_checkpoint_is_ignored()
    {
        using var store = new FakeStore();
        using var data = Dataset((G1, 20));
        var options = Options(store, PushMethod.Gsp, batch: 10);
        store.Fault = n => n == 2 ? (503, "busy", "text/plain") : null;
        await Assert.ThrowsAsync<PushException>(() => new Pusher(options with { Retries = 0 }).PushAsync(data));
        File.AppendAllText(options.CheckpointFile, "{\"Graph\":\"urn:test:graph-1\",\"Ha");

        store.Fault = _ => null;
        var summary = await new Pusher(options).PushAsync(data);

        Assert.Equal(10, summary.Triples);
        Assert.Equal(20, store.Graphs[G1].Count);
    }

    private PushOptions Options(FakeStore store, PushMethod method, int batch = 10_000) => new()
    {
        Endpoint = store.Url,
        CheckpointFile = Path.Combine(_dir, "state.jsonl"),
        Method = method,
        BatchSize = batch,
        RetryDelay = TimeSpan.FromMilliseconds(1),
    };

    /// <summary>A dataset with <c>count</c> distinct triples in each graph (null: the default graph), literals in several scripts.</summary>
    private static MemoryDataset Dataset(params (string? Graph, int Count)[] graphs)
    {
        var data = new MemoryDataset();
        foreach (var (graph, count) in graphs)
        {
            for (var i = 0; i < count; i++)
            {
                data.Store.Add(Triple(graph, i));
            }
        }

        return data;
    }

    private static Quad Triple(string? graph, int i) => new(
        new Iri($"urn:test:s{i % 7}"),
        new Iri($"urn:test:p{i % 3}"),
        Literal.LangString($"value {i} \"قال\" שלום\nпривет", "ar"),
        graph is null ? null : new Iri(graph));

    private static void AssertSameContent(MemoryDataset data, FakeStore store)
    {
        foreach (var g in data.Store.NamedGraphs())
        {
            var name = ((Iri)data.Store.Decode(g)).Value;
            var expected = data.Store.Match(0, 0, 0, g)
                .Select(q => new Triple(data.Store.Decode(q.S), (Iri)data.Store.Decode(q.P), data.Store.Decode(q.O)).ToString())
                .ToHashSet(StringComparer.Ordinal);
            Assert.Equal(expected.Order(StringComparer.Ordinal), store.Graphs[name].Order(StringComparer.Ordinal));
        }
    }

    private static int LinesWith(ReceivedRequest request, string text) => request.Body.Split('\n').Count(l => l.Contains(text, StringComparison.Ordinal));

    private static int LineCount(string body) => body.Split('\n').Count(l => l.EndsWith(" .", StringComparison.Ordinal));
}
