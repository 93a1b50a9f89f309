using System.CommandLine;
using System.Globalization;
using NewsGraph.Ingest;
using NewsGraph.Sparql;
using NewsGraph.Store;
using NewsGraph.Store.Durable;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph stats --data-dir DIR</c>: what a data directory holds.</summary>
internal static class StatsCommand
{
    private const string Prefix = "PREFIX ng: <https://w3id.org/newsgraph/ontology#> ";

    public static Command Create()
    {
        var dataDir = DataDirOption.CreateRequired("The store to describe.");
        var command = new Command(
            "stats",
            "Describe a data directory: quads, named graphs, articles, events by type, statements, entities mentioned, size on disk and the time of the last write. "
            + "One 'name: value' line each on standard output. Exits 2 if there is no store.")
        {
            dataDir,
        };
        command.SetAction(result => Run(result.GetValue(dataDir)!));
        return command;
    }

    private static int Run(string dataDirectory)
    {
        return CliErrors.Guard(() =>
        {
            using var dataset = DataDirectory.Open(dataDirectory, readOnly: true);
            var lines = new List<(string Name, string Value)>();
            using (var read = dataset.BeginRead())
            {
                var store = read.Store;
                lines.Add(("quads", Number(store.Count)));
                lines.Add(("named graphs", Number(store.NamedGraphs().Count())));
                lines.Add(("articles", Count(store, "?x a ng:Article")));
                foreach (var type in new[] { "Visit", "Meeting", "PhoneCall" })
                {
                    lines.Add(("events: " + type, Count(store, $"?x a ng:{type}")));
                }

                lines.Add(("statements", Count(store, "?x a ng:Statement")));
                lines.Add(("entities mentioned", Count(store, "?a ng:mentions ?x")));
            }

            if (dataset is SqliteDataset durable)
            {
                lines.Add(("size on disk", string.Create(CultureInfo.InvariantCulture, $"{durable.SizeOnDisk() / 1048576.0:F1} MiB")));
                lines.Add(("last write", durable.LastCommit()?.ToString("u", CultureInfo.InvariantCulture) ?? "never"));
            }

            foreach (var (name, value) in lines)
            {
                Console.Out.WriteLine($"{name}: {value}");
            }

            return 0;
        });
    }

    /// <summary>How many distinct ?x the pattern has, across all graphs.</summary>
    private static string Count(IQuadStore store, string pattern)
    {
        var result = (SolutionsResult)SparqlEngine.Query(store, $"{Prefix}SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}", new SparqlQueryOptions { UnionDefaultGraph = true });
        var n = result.Rows.Single()[0]!;
        return ((NewsGraph.Rdf.Literal)n).Lexical;
    }

    private static string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
}
