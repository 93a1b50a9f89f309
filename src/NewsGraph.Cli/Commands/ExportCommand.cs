using System.CommandLine;
using System.Globalization;
using NewsGraph.Ingest;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Store;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph export --data-dir DIR --out FILE</c>: writes the store, or one graph of it, as RDF.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var dataDir = DataDirOption.CreateRequired("The store to export; it is read as one snapshot, so an ingest running meanwhile does not mix in.");
        var output = new Option<string>("--out")
        {
            Description = "The RDF file to write ('-' for standard output); written beside the target and renamed at the end. "
                + "Its extension names the format (.nq .trig .nt .ttl .jsonld, optionally .gz) unless --format is given. "
                + "Quad formats keep the named graphs; triple formats merge them.",
            Required = true,
            HelpName = "FILE",
        };
        var graph = new Option<string?>("--graph") { Description = "Export only this named graph (for example an article's graph, https://w3id.org/newsgraph/id/graph/article/ID).", HelpName = "IRI" };
        var format = new Option<string?>("--format") { Description = $"Output format, overriding the extension: {RdfFormats.Names}.", HelpName = "FMT" };
        var command = new Command("export", "Write the contents of a data directory (every graph, or one with --graph) to an RDF file. Exits 1 if the graph is not in the store, 2 on a usage or I/O error.")
        {
            dataDir, output, graph, format,
        };
        command.SetAction(result => Run(result.GetValue(dataDir)!, result.GetValue(output)!, result.GetValue(graph), result.GetValue(format)));
        return command;
    }

    private static int Run(string dataDirectory, string outPath, string? graphIri, string? formatName)
    {
        return CliErrors.Guard(() =>
        {
            var format = RdfFiles.ResolveFormat(outPath, formatName, "output");
            if (graphIri is not null && !IriReference.IsAbsolute(graphIri))
            {
                throw new CliException($"--graph takes an absolute IRI, not '{graphIri}'");
            }

            using var dataset = DataDirectory.Open(dataDirectory, readOnly: true);
            using var read = dataset.BeginRead();
            var store = read.Store;
            var graph = graphIri is null ? TermIds.None : store.Lookup(new Iri(graphIri));
            if (graphIri is not null && !store.NamedGraphs().Contains(graph))
            {
                return CliErrors.Report($"{dataDirectory} has no graph <{graphIri}>", CliErrors.InvalidInput);
            }

            using var file = new ReplacedFile(outPath);
            long count = 0;
            using (var writer = RdfWriter.Create(RdfFiles.CreateOutput(file.WritePath), format, new RdfWriterOptions { Prefixes = IngestCommand.OutputPrefixes() }))
            {
                var keepGraphs = format.HasNamedGraphs();
                foreach (var q in store.Match(0, 0, 0, graph))
                {
                    var g = keepGraphs && q.G != TermIds.DefaultGraph ? store.Decode(q.G) : null;
                    writer.Write(new Quad(store.Decode(q.S), (Iri)store.Decode(q.P), store.Decode(q.O), g));
                    count++;
                }
            }

            file.Complete();
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {count} quads from {dataDirectory} to {outPath}"));
            return 0;
        });
    }
}
