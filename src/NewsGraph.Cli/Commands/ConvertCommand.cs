using System.CommandLine;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Cli.Commands;

/// <summary><c>newsgraph convert IN OUT</c>: reads RDF in one syntax and writes it in another.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("IN") { Description = "The file to read ('-' for standard input). Its extension names the format: .nt .nq .ttl .trig, optionally followed by .gz." };
        var output = new Argument<string>("OUT") { Description = "The file to write ('-' for standard output), format from the extension likewise. It is replaced only if the whole input was valid." };
        var baseIri = new Option<string?>("--base") { Description = "Base IRI for relative IRIs in the input (default: the input file's file: URI).", HelpName = "IRI" };
        var from = new Option<string?>("--from") { Description = $"Input format, overriding the extension: {RdfFormats.Names}.", HelpName = "FMT" };
        var to = new Option<string?>("--to") { Description = $"Output format, overriding the extension: {RdfFormats.Names}.", HelpName = "FMT" };
        var command = new Command("convert", $"Convert RDF between syntaxes ({RdfFormats.Names}). Exits 1 with file:line:column on a syntax error.")
        {
            input, output, baseIri, from, to,
        };
        command.SetAction(result => Run(
            result.GetValue(input)!,
            result.GetValue(output)!,
            result.GetValue(baseIri),
            result.GetValue(from),
            result.GetValue(to)));
        return command;
    }

    private static int Run(string inPath, string outPath, string? baseIri, string? from, string? to)
    {
        string? temp = null;
        return CliErrors.Guard(() =>
        {
            try
            {
                var inFormat = RdfFiles.ResolveFormat(inPath, from, "input");
                var outFormat = RdfFiles.ResolveFormat(outPath, to, "output");
                if (baseIri is not null && !NewsGraph.Rdf.IriReference.IsAbsolute(baseIri))
                {
                    throw new CliException($"--base must be an absolute IRI, not '{baseIri}'");
                }

                var options = new RdfReaderOptions { BaseIri = baseIri ?? RdfFiles.DefaultBase(inPath), SourceName = inPath == "-" ? "<stdin>" : inPath };
                using var reader = RdfReader.Create(RdfFiles.OpenInput(inPath), inFormat, options);

                // Write beside the target and rename at the end, so an error never leaves a half-written file.
                var target = outPath;
                if (outPath != "-")
                {
                    temp = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outPath))!, $".{Path.GetFileName(outPath)}.{Environment.ProcessId}.tmp");
                    target = outPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? temp + ".gz" : temp;
                    temp = target;
                }

                using (var writer = RdfWriter.Create(RdfFiles.CreateOutput(target), outFormat, new RdfWriterOptions { Prefixes = ReaderPrefixesOrCommon(reader) }))
                {
                    while (reader.TryRead(out var quad))
                    {
                        if (quad.Graph is not null && !outFormat.HasNamedGraphs())
                        {
                            var withGraphs = string.Join(", ", Enum.GetValues<RdfFormat>().Where(f => f.HasNamedGraphs()).Select(f => f.Extension().TrimStart('.')));
                            throw new CliException($"the input has named graphs, which {outFormat} cannot hold: convert to one of {withGraphs}");
                        }

                        writer.Write(quad);
                    }
                }

                if (temp is not null)
                {
                    File.Move(temp, outPath, overwrite: true);
                    temp = null;
                }

                return 0;
            }
            finally
            {
                if (temp is not null && File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        });
    }

    /// <summary>
    /// The Turtle writer runs when the input is finished, so handing it the reader's own prefix map
    /// (filled as the input declares prefixes) keeps the author's prefixes; common ones are added.
    /// </summary>
    private static NewsGraph.Rdf.PrefixMap ReaderPrefixesOrCommon(RdfReader reader)
    {
        foreach (var (prefix, ns) in NewsGraph.Rdf.PrefixMap.Common())
        {
            if (!reader.Prefixes.TryGetNamespace(prefix, out _))
            {
                reader.Prefixes.Set(prefix, ns);
            }
        }

        return reader.Prefixes;
    }
}
