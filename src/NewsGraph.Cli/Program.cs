using System.CommandLine;
using NewsGraph.Cli.Commands;

var root = new RootCommand("NewsGraph: turns multilingual news into an RDF knowledge graph and answers SPARQL over it.")
{
    ConvertCommand.Create(),
    QueryCommand.Create(),
    UpdateCommand.Create(),
    BenchCommand.Create(),
    IngestCommand.Create(),
    BenchExtractCommand.Create(),
    PushCommand.Create(),
    ExportCommand.Create(),
    StatsCommand.Create(),
    ServeCommand.Create(),
};

// A command line that does not parse (a missing argument, an unknown option) is a usage error like
// the others: System.CommandLine prints the problem and the help, and the exit code says 2, not 1,
// so scripts can tell it from invalid input.
var parsed = root.Parse(args);
var code = parsed.Invoke();
return parsed.Errors.Count > 0 ? CliErrors.Usage : code;
