using System.CommandLine;
using NewsGraph.Ingest;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph query</c>: runs a SPARQL query over RDF files or a data directory.</summary>
internal static class QueryCommand
{
    private static readonly string Formats = $"table, json, xml, csv, tsv (SELECT/ASK); {RdfFormats.Names} (CONSTRUCT/DESCRIBE)";

    public static Command Create()
    {
        var inputs = new SparqlInputs("query");
        var format = new Option<string?>("--format") { Description = $"Output format: {Formats}. Default: table, or ttl for graphs.", HelpName = "FORMAT" };
        var dataDir = DataDirOption.Create("Query the store instead of --data/--named files; the query sees one consistent snapshot even while another process ingests.");
        var ownDefault = new Option<bool>("--store-default-graph")
        {
            Description = "With --data-dir: the default graph is the store's own default graph, not the union of all its graphs (articles, gazetteer, ontology).",
        };
        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files or a data directory and print the results. Exits 1 with line and column if the query is invalid.");
        inputs.AddTo(command);
        command.Options.Add(dataDir);
        command.Options.Add(ownDefault);
        command.Options.Add(format);
        command.SetAction(result =>
        {
            var directory = result.GetValue(dataDir);
            if (directory is not null && inputs.HasData(result))
            {
                return CliErrors.Report("give --data-dir or --data/--named files, not both", CliErrors.Usage);
            }

            return Run(result, inputs, result.GetValue(format), directory, !result.GetValue(ownDefault));
        });
        return command;
    }

    private static int Run(ParseResult result, SparqlInputs inputs, string? format, string? dataDirectory, bool unionDefaultGraph)
    {
        return CliErrors.Guard(() =>
        {
            var (text, source) = inputs.ReadRequest(result, "query");
            // A runaway query stops with a message before it takes the machine's memory.
            var options = new SparqlQueryOptions
            {
                BaseIri = inputs.BaseIri(result),
                MaxMemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 3 / 4,
                UnionDefaultGraph = dataDirectory is not null && unionDefaultGraph,
            };
            NewsGraph.Sparql.Algebra.Query query;
            try
            {
                query = SparqlEngine.ParseQuery(text, options.BaseIri);
            }
            catch (SparqlSyntaxException e)
            {
                return CliErrors.Report($"{source}:{e.Line}:{e.Column}: {e.Detail}", CliErrors.InvalidInput);
            }

            using var dataset = dataDirectory is null ? null : DataDirectory.Open(dataDirectory, readOnly: true);
            using var session = dataset?.BeginRead();
            var store = session?.Store ?? inputs.LoadStore(result);
            if (result.GetValue(inputs.Explain))
            {
                Console.Out.Write(SparqlEngine.Explain(store, query, options));
                return 0;
            }

            var output = Console.Out;
            WriteResult(output, SparqlEngine.Execute(store, query, options), format);
            output.Flush();
            return 0;
        });
    }

    private static void WriteResult(TextWriter output, QueryResult result, string? format)
    {
        if (result is GraphResult graph)
        {
            var name = format ?? "ttl";
            if (!RdfFormats.TryParseName(name, out var rdfFormat))
            {
                throw new CliException($"a graph result is written in an RDF syntax ({RdfFormats.Names}), not '{name}'");
            }

            using var writer = RdfWriter.Create(output, rdfFormat, new RdfWriterOptions { LeaveOpen = true });
            foreach (var t in graph.Triples)
            {
                writer.Write(t);
            }

            return;
        }

        if (format is null or "table")
        {
            ResultTable.Write(output, result);
            return;
        }

        if (!ResultsFormats.TryParseName(format, out var resultsFormat))
        {
            throw new CliException($"unknown format '{format}' for {(result is BooleanResult ? "ASK" : "SELECT")} results (known: {Formats})");
        }

        SparqlResultsWriter.Write(output, result, resultsFormat);
    }
}
