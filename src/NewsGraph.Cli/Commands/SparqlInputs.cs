using System.CommandLine;
using NewsGraph.Rdf;
using NewsGraph.Rdf.Syntax;
using NewsGraph.Store.Memory;

namespace NewsGraph.Cli.Commands;

/// <summary>The options query and update share: the request text or file, the data to load, and the base IRI.</summary>
internal sealed class SparqlInputs
{
    public SparqlInputs(string what)
    {
        Text = new Argument<string?>(what.ToUpperInvariant()) { Description = $"The {what} text (or use -f).", Arity = ArgumentArity.ZeroOrOne };
        File = new Option<string?>("-f", "--file") { Description = $"Read the {what} from this file ('-' for standard input).", HelpName = "FILE" };
        Data = new Option<string[]>("--data") { Description = "An RDF file to load into the default graph (repeatable; quads in .nq/.trig keep their graphs).", HelpName = "FILE" };
        Named = new Option<string[]>("--named") { Description = "Load FILE into the named graph IRI (repeatable).", HelpName = "IRI=FILE" };
        Base = new Option<string?>("--base") { Description = $"The base IRI of the {what} (default: its file's location).", HelpName = "IRI" };
        Explain = new Option<bool>("--explain") { Description = $"Print the optimised plan and exit: 0 if the {what} is valid, 1 with the error if not. Without data it only parses and plans." };
    }

    public Argument<string?> Text { get; }

    public Option<string?> File { get; }

    public Option<string[]> Data { get; }

    public Option<string[]> Named { get; }

    public Option<string?> Base { get; }

    public Option<bool> Explain { get; }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Text);
        command.Options.Add(File);
        command.Options.Add(Data);
        command.Options.Add(Named);
        command.Options.Add(Base);
        command.Options.Add(Explain);
    }

    /// <summary>The request text from the argument or the file, and a label for error messages.</summary>
    public (string Text, string Source) ReadRequest(ParseResult result, string what)
    {
        var text = result.GetValue(Text);
        var file = result.GetValue(File);
        if ((text is null) == (file is null))
        {
            throw new CliException($"give the {what} either as an argument or with -f FILE, not {(text is null ? "neither" : "both")}");
        }

        if (file is null)
        {
            return (text!, what);
        }

        if (file == "-")
        {
            return (Console.In.ReadToEnd(), "<stdin>");
        }

        if (!System.IO.File.Exists(file))
        {
            throw new CliException($"no such file: {file}");
        }

        return (System.IO.File.ReadAllText(file), file);
    }

    /// <summary>The base IRI: --base, else the request file's location.</summary>
    public string? BaseIri(ParseResult result)
    {
        var explicitBase = result.GetValue(Base);
        if (explicitBase is not null)
        {
            return IriReference.IsAbsolute(explicitBase) ? explicitBase : throw new CliException($"--base must be an absolute IRI, not '{explicitBase}'");
        }

        var file = result.GetValue(File);
        return file is null or "-" ? null : RdfFiles.DefaultBase(file);
    }

    public bool HasData(ParseResult result) => (result.GetValue(Data)?.Length ?? 0) + (result.GetValue(Named)?.Length ?? 0) > 0;

    /// <summary>A store holding the --data and --named files.</summary>
    public MemoryQuadStore LoadStore(ParseResult result)
    {
        var store = new MemoryQuadStore();
        var interner = new TermInterner();
        foreach (var path in result.GetValue(Data) ?? [])
        {
            store.Load(Read(path, interner));
        }

        foreach (var spec in result.GetValue(Named) ?? [])
        {
            var eq = spec.IndexOf('=');
            if (eq <= 0 || !IriReference.IsAbsolute(spec.AsSpan(0, eq)))
            {
                throw new CliException($"--named takes IRI=FILE with an absolute IRI, not '{spec}'");
            }

            var graph = new Iri(spec[..eq]);
            store.CreateGraph(graph);
            store.Load(Read(spec[(eq + 1)..], interner).Select(q => q with { Graph = graph }));
        }

        return store;
    }

    private static List<Quad> Read(string path, TermInterner interner)
    {
        var format = RdfFiles.ResolveFormat(path, null, "input");
        using var reader = RdfReader.Create(RdfFiles.OpenInput(path), format, new RdfReaderOptions { BaseIri = RdfFiles.DefaultBase(path), SourceName = path, Interner = interner });
        return reader.ReadAll().ToList();
    }
}
