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
};

return root.Parse(args).Invoke();
