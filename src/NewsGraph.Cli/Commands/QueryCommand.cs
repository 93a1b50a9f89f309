using System.CommandLine;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;
using NewsGraph.Sparql.Results;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph query</c>: runs a SPARQL query over RDF files.</summary>
internal static class QueryCommand
{
    private static readonly string Formats = $"table, json, xml, csv, tsv (SELECT/ASK); {RdfFormats.Names} (CONSTRUCT/DESCRIBE)";

    public static Command Create()
    {
        var inputs = new SparqlInputs("query");
        var format = new Option<string?>("--format") { Description = $"Output format: {Formats}. Default: table, or ttl for graphs.", HelpName = "FORMAT" };
        var command = new Command("query", "Run a SPARQL 1.1 query over RDF files and print the results. Exits 1 with line and column if the query is invalid.");
        inputs.AddTo(command);
        command.Options.Add(format);
        command.SetAction(result => Run(result, inputs, result.GetValue(format)));
        return command;
    }

    private static int Run(ParseResult result, SparqlInputs inputs, string? format)
    {
        return CliErrors.Guard(() =>
        {
            var (text, source) = inputs.ReadRequest(result, "query");
            // A runaway query stops with a message before it takes the machine's memory.
            var options = new SparqlQueryOptions { BaseIri = inputs.BaseIri(result), MaxMemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 3 / 4 };
            NewsGraph.Sparql.Algebra.Query query;
            try
            {
                query = SparqlEngine.ParseQuery(text, options.BaseIri);
            }
            catch (SparqlSyntaxException e)
            {
                return CliErrors.Report($"{source}:{e.Line}:{e.Column}: {e.Detail}", CliErrors.InvalidInput);
            }

            var store = inputs.LoadStore(result);
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
