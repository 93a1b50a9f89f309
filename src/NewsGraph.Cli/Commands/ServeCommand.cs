using System.CommandLine;
using System.Globalization;
using NewsGraph.Ingest;
using NewsGraph.Server;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph serve</c>: the SPARQL 1.1 endpoint (and web pages) over a data directory.</summary>
internal static class ServeCommand
{
    private const string TokenVariable = "NEWSGRAPH_TOKEN";

    public static Command Create()
    {
        var dataDir = DataDirOption.CreateRequired("The store to serve (created if missing, unless --read-only).");
        var host = new Option<string>("--host") { Description = "The address to listen on. The default is loopback only; 0.0.0.0 or :: exposes the server to the network.", DefaultValueFactory = _ => ServerOptions.DefaultHost, HelpName = "HOST" };
        var port = new Option<int>("--port") { Description = "The TCP port (0 picks a free one and prints it).", DefaultValueFactory = _ => ServerOptions.DefaultPort, HelpName = "N" };
        var token = new Option<string?>("--token")
        {
            Description = $"Accept writes (POST /update, PUT/POST/DELETE /data, POST /articles) from requests carrying 'Authorization: Bearer TOKEN'. Default: ${TokenVariable}; without either, the server is read-only.",
            HelpName = "TOKEN",
        };
        var readOnly = new Option<bool>("--read-only") { Description = "Refuse every write even with a token, and open the store read-only." };
        var cors = new Option<string[]>("--cors") { Description = "Let pages from ORIGIN (e.g. https://example.org, or * for any) call the server from a browser. Repeatable.", HelpName = "ORIGIN", AllowMultipleArgumentsPerToken = false };
        var timeout = new Option<double>("--timeout") { Description = "Stop a query after this many seconds and answer 503; 0 for no limit.", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var maxResults = new Option<long>("--max-results") { Description = "Refuse (400) a query that produces more solutions or triples than this; 0 for no limit.", DefaultValueFactory = _ => 1_000_000, HelpName = "N" };
        var allowService = new Option<string[]>("--allow-service") { Description = "A SPARQL endpoint that queries may call with SERVICE. Repeatable; no other endpoint is ever called.", HelpName = "URL" };
        var defaultGraph = new Option<string>("--default-graph")
        {
            Description = "What a query without FROM or default-graph-uri sees as its default graph: 'union' of all graphs (articles live in named graphs), or the 'stored' default graph.",
            DefaultValueFactory = _ => "union",
            HelpName = "union|stored",
        };
        defaultGraph.AcceptOnlyFromAmong("union", "stored");
        var command = new Command(
            "serve",
            "Serve a data directory over HTTP: SPARQL 1.1 Protocol queries at /sparql (GET without a query gives the service description), "
            + "SPARQL Update at /update, the Graph Store Protocol at /data (?graph=IRI or ?default), article ingest at POST /articles, "
            + "and the web pages at /. Writes need --token. Prints the URL once listening; stops on Ctrl-C or SIGTERM.")
        {
            dataDir, host, port, token, readOnly, cors, timeout, maxResults, allowService, defaultGraph,
        };
        command.SetAction(result => CliErrors.Guard(() =>
        {
            var options = new ServerOptions
            {
                Host = result.GetValue(host)!,
                Port = result.GetValue(port),
                Token = Token(result.GetValue(token)),
                ReadOnly = result.GetValue(readOnly),
                CorsOrigins = result.GetValue(cors) ?? [],
                AllowedServices = [.. (result.GetValue(allowService) ?? []).Select(ServiceUri)],
                Timeout = result.GetValue(timeout) is > 0 and var seconds ? TimeSpan.FromSeconds(seconds) : null,
                MaxResults = result.GetValue(maxResults) is > 0 and var n ? n : null,
                UnionDefaultGraph = result.GetValue(defaultGraph) == "union",
            };
            return Serve(result.GetValue(dataDir)!, options);
        }));
        return command;
    }

    private static int Serve(string dataDir, ServerOptions options)
    {
        using var dataset = DataDirectory.Open(dataDir, options.ReadOnly);
        var access = options.Writable ? "writes need the bearer token" : "read-only";
        SparqlServer.Run(new ServerContext(dataset, options), address =>
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"newsgraph: serving {Path.GetFullPath(dataDir)} at {address}sparql ({access}); Ctrl-C stops"));
            Console.Out.Flush();
        });
        return 0;
    }

    private static string? Token(string? given)
    {
        var token = given ?? Environment.GetEnvironmentVariable(TokenVariable);
        return token switch
        {
            null => null,
            { Length: 0 } => throw new CliException($"the token is empty; give a non-empty --token or {TokenVariable}, or neither for a read-only server"),
            _ => token,
        };
    }

    private static Uri ServiceUri(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliException($"--allow-service '{url}' is not an http(s) URL");
}
