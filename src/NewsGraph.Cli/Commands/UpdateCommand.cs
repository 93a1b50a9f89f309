using System.CommandLine;
using NewsGraph.Ingest;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Sparql;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph update</c>: applies a SPARQL Update to a data directory, or to RDF files and writes the resulting dataset.</summary>
internal static class UpdateCommand
{
    public static Command Create()
    {
        var inputs = new SparqlInputs("update");
        var output = new Option<string?>("--out") { Description = "Write the resulting dataset here as N-Quads (default: standard output).", HelpName = "RESULT.nq" };
        var dataDir = DataDirOption.Create("Apply the update to the store, as one transaction: all of it is committed or, on an error, none. Prints the quad count before and after on standard error.");
        var command = new Command("update", "Apply a SPARQL 1.1 Update to a data directory (--data-dir), or to RDF files and write the resulting dataset as N-Quads.");
        inputs.AddTo(command);
        command.Options.Add(dataDir);
        command.Options.Add(output);
        command.SetAction(result =>
        {
            var directory = result.GetValue(dataDir);
            if (directory is not null && (inputs.HasData(result) || result.GetValue(output) is not null))
            {
                return CliErrors.Report("--data-dir updates the store in place: it takes neither --data/--named files nor --out", CliErrors.Usage);
            }

            return Run(result, inputs, result.GetValue(output), directory);
        });
        return command;
    }

    private static int Run(ParseResult result, SparqlInputs inputs, string? outPath, string? dataDirectory)
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

            var options = new SparqlUpdateOptions
            {
                BaseIri = baseIri,
                MaxMemoryBytes = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 3 / 4,
                ResolveLoadSource = iri => iri.Value.StartsWith("file:", StringComparison.Ordinal) ? new Uri(iri.Value).LocalPath : null,
            };
            if (dataDirectory is not null)
            {
                using var dataset = DataDirectory.Open(dataDirectory);
                using var write = dataset.BeginWrite();
                var before = write.Store.Count;
                SparqlEngine.Update(write.Store, operations, options);
                var after = write.Store.Count;
                write.Commit();
                Console.Error.WriteLine($"update: {before} quads before, {after} after, in {dataDirectory}");
                return 0;
            }

            var store = inputs.LoadStore(result);
            SparqlEngine.Update(store, operations, options);
            using var writer = RdfWriter.Create(outPath is null ? Console.Out : RdfFiles.CreateOutput(outPath), RdfFormat.NQuads, new RdfWriterOptions { LeaveOpen = outPath is null });
            writer.WriteAll(store.Quads());
            return 0;
        });
    }
}
