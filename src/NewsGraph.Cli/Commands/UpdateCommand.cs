using System.CommandLine;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph update</c>: applies a SPARQL Update to RDF files and writes the resulting dataset.</summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var inputs = new SparqlInputs("update");
        var output = new Option<string?>("--out") { Description = "Write the resulting dataset here as N-Quads (default: standard output).", HelpName = "RESULT.nq" };
        var command = new Command("update", "Apply a SPARQL 1.1 Update to RDF files and write the resulting dataset as N-Quads.");
        inputs.AddTo(command);
        command.Options.Add(output);
        command.SetAction(result => Run(result, inputs, result.GetValue(output)));
        return command;
    }

    private static int Run(ParseResult result, SparqlInputs inputs, string? outPath)
    {
        return CliErrors.Guard(() =>
        {
            var (text, source) = inputs.ReadRequest(result, "update");
            var baseIri = inputs.BaseIri(result);
            IReadOnlyList<NewsGraph.Sparql.Algebra.UpdateOperation> operations;
            try
            {
                operations = SparqlEngine.ParseUpdate(text, baseIri);
            }
            catch (SparqlSyntaxException e)
            {
                return CliErrors.Report($"{source}:{e.Line}:{e.Column}: {e.Detail}", CliErrors.InvalidInput);
            }

            if (result.GetValue(inputs.Explain))
            {
                foreach (var op in operations)
                {
                    Console.Out.WriteLine(op);
                }

                return 0;
            }

            var store = inputs.LoadStore(result);
            SparqlEngine.Update(store, operations, new SparqlUpdateOptions
            {
                BaseIri = baseIri,
                MaxMemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 3 / 4,
                ResolveLoadSource = iri => iri.Value.StartsWith("file:", StringComparison.Ordinal) ? new Uri(iri.Value).LocalPath : null,
            });
            using var writer = RdfWriter.Create(outPath is null ? Console.Out : RdfFiles.CreateOutput(outPath), RdfFormat.NQuads, new RdfWriterOptions { LeaveOpen = outPath is null });
            writer.WriteAll(store.Quads());
            return 0;
        });
    }
}
