using System.CommandLine;
using System.Diagnostics;
using NewsGraph.Ingest;
using NewsGraph.Remote;

namespace NewsGraph.Cli.Commands;

/// <summary>
/// <c>newsgraph push --endpoint URL --data-dir DIR</c>: copies the store to another SPARQL 1.1
/// store, resumably (see <see cref="Pusher"/>).
/// </summary>
internal static class PushCommand
{
    /// <summary>Read when --password is not given, so that the password need not appear in the process list.</summary>
    private const string PasswordVariable = "NEWSGRAPH_PUSH_PASSWORD";

    /// <summary>The conventional exit status of a program stopped by Ctrl-C.</summary>
    private const int Interrupted = 130;

    public static Command Create()
    {
        var endpoint = new Option<string>("--endpoint")
        {
            Description = "The URL that takes the writes: a Graph Store Protocol endpoint (Fuseki: http://host:3030/DS; Virtuoso: http://host:8890/sparql-graph-crud-auth) "
                + "or a SPARQL Update endpoint (Virtuoso: http://host:8890/sparql-auth), or one that is both.",
            Required = true,
            HelpName = "URL",
        };
        var dataDir = DataDirOption.CreateRequired(
            "The store to push (read-only here; a snapshot is taken, so ingesting at the same time is safe). The checkpoint goes to DIR/push-state/.");
        var method = new Option<PushMethod>("--method")
        {
            Description = "gsp: Graph Store Protocol, POST ?graph=G with an N-Triples body (PUT to replace). update: SPARQL Update, INSERT DATA { GRAPH <G> { ... } }. "
                + "auto: tries an empty GSP POST, then an empty INSERT DATA, and uses the first the endpoint accepts.",
            DefaultValueFactory = _ => PushMethod.Auto,
            HelpName = "auto|gsp|update",
        };
        var graph = new Option<string?>("--graph") { Description = "Push only this named graph (e.g. one article's).", HelpName = "IRI" };
        var defaultGraph = new Option<string>("--default-graph")
        {
            Description = "The remote graph that receives the local default graph's own triples (named graphs keep their names).",
            DefaultValueFactory = _ => PushOptions.DefaultGraphTarget,
            HelpName = "IRI",
        };
        var replace = new Option<bool>("--replace") { Description = "Replace each remote graph's content (PUT, or CLEAR GRAPH then INSERT DATA) instead of adding to it (where blank nodes would arrive as new nodes beside any sent before)." };
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Triples per request. A graph with blank nodes always goes in one request (which replaces the remote graph), so its blank nodes stay one set of nodes.",
            DefaultValueFactory = _ => 10_000,
            HelpName = "N",
        };
        var user = new Option<string?>("--user") { Description = "User name for HTTP Basic or Digest authentication (whichever the server asks for).", HelpName = "NAME" };
        var password = new Option<string?>("--password") { Description = $"Password for --user; default: the {PasswordVariable} environment variable.", HelpName = "SECRET" };
        var token = new Option<string?>("--token") { Description = "Bearer token sent as 'Authorization: Bearer TOKEN' (instead of --user).", HelpName = "TOKEN" };
        var retries = new Option<int>("--retries")
        {
            Description = "Retries of a request that failed for a passing reason (no connection, timeout, 408, 429, 502, 503, 504), waiting 1 s, 2 s, 4 s, ... or as Retry-After says.",
            DefaultValueFactory = _ => 5,
            HelpName = "N",
        };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one request may take.", DefaultValueFactory = _ => 120, HelpName = "SECONDS" };
        var restart = new Option<bool>("--restart") { Description = "Ignore the checkpoint: send every graph again." };
        var progress = new Option<bool>("--progress") { Description = "Print progress every second on standard error (the default when standard error is a terminal)." };
        var command = new Command(
            "push",
            "Copy the store to another SPARQL 1.1 store (Virtuoso, Fuseki, GraphDB, Oxigraph, ...), graph by graph, in batches. "
            + "Every acknowledged batch is recorded in DIR/push-state/<hash of the endpoint>.jsonl, so a run stopped by an error or Ctrl-C continues where it stopped "
            + "when run again, and a run after a complete push sends nothing (graphs whose content changed since are sent again, replacing their remote copy). "
            + "A summary (graphs, triples, requests, seconds, triples/s) ends standard error. Exits 0 when everything was pushed, 1 when the endpoint refused or "
            + "could not be reached (with its message), 2 on a usage error, 130 when interrupted.")
        {
            endpoint, dataDir, method, graph, defaultGraph, replace, batchSize, user, password, token, retries, timeout, restart, progress,
        };
        command.SetAction((result, cancel) => RunAsync(
            () =>
            {
                var dir = result.GetValue(dataDir)!;
                var url = ParseEndpoint(result.GetValue(endpoint)!);
                return (dir, new PushOptions
                {
                    Endpoint = url,
                    CheckpointFile = Pusher.CheckpointPath(dir, url),
                    Method = result.GetValue(method),
                    Graph = result.GetValue(graph),
                    DefaultGraph = result.GetValue(defaultGraph)!,
                    Replace = result.GetValue(replace),
                    Restart = result.GetValue(restart),
                    BatchSize = Positive(result.GetValue(batchSize), "--batch-size"),
                    Credentials = Credentials(result.GetValue(user), result.GetValue(password), result.GetValue(token)),
                    Retries = Math.Max(0, result.GetValue(retries)),
                    RequestTimeout = TimeSpan.FromSeconds(Positive(result.GetValue(timeout), "--timeout")),
                });
            },
            result.GetValue(progress) || !Console.IsErrorRedirected,
            cancel));
        return command;
    }

    private static async Task<int> RunAsync(Func<(string DataDir, PushOptions Options)> settings, bool showProgress, CancellationToken cancel)
    {
        try
        {
            var (dir, options) = settings();
            using var dataset = DataDirectory.Open(dir, readOnly: true);
            var pusher = new Pusher(options);
            if (showProgress)
            {
                var shown = Stopwatch.StartNew();
                pusher.Progress += p =>
                {
                    if (shown.Elapsed >= TimeSpan.FromSeconds(1))
                    {
                        shown.Restart();
                        Console.Error.WriteLine(p.ToString());
                    }
                };
            }

            var summary = await pusher.PushAsync(dataset, cancel).ConfigureAwait(false);
            Console.Error.WriteLine(summary.ToString());
            return 0;
        }
        catch (PushException e)
        {
            return CliErrors.Report($"push: {e.Message}", CliErrors.InvalidInput);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return CliErrors.Report("push: interrupted; what the endpoint acknowledged is recorded: run the command again (without --restart) to continue", Interrupted);
        }
        catch (Exception e) when (e is CliException or IOException or UnauthorizedAccessException)
        {
            return CliErrors.Report(e.Message, CliErrors.Usage);
        }
    }

    private static Uri ParseEndpoint(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new CliException($"--endpoint: '{text}' is not an http:// or https:// URL");
        }

        return url;
    }

    private static RemoteCredentials? Credentials(string? user, string? password, string? token)
    {
        if (token is not null)
        {
            return user is null ? new RemoteCredentials.Bearer(token) : throw new CliException("give either --user or --token, not both");
        }

        if (user is null)
        {
            return password is null ? null : throw new CliException("--password needs --user");
        }

        password ??= Environment.GetEnvironmentVariable(PasswordVariable)
            ?? throw new CliException($"--user {user} needs a password: --password or the {PasswordVariable} environment variable");
        return new RemoteCredentials.Password(user, password);
    }

    private static int Positive(int value, string option) => value >= 1 ? value : throw new CliException($"{option} must be at least 1");
}
