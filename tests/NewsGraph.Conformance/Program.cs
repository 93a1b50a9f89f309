namespace NewsGraph.Conformance;

public static class Program
{
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["w3c", .. var rest]:
                return W3cCommand.Run(rest);
            case ["sparql", .. var rest]:
                return Sparql.SparqlCommand.Run(rest);
            case ["fuzz", .. var rest]:
                return Fuzzing.FuzzCommand.Run(rest);
            case ["fuzz-sparql", .. var rest]:
                return Fuzzing.Sparql.SparqlFuzzCommand.Run(rest);
            default:
                Console.Error.WriteLine("usage: " + W3cCommand.Usage);
                Console.Error.WriteLine(Sparql.SparqlCommand.Usage);
                Console.Error.WriteLine(Fuzzing.FuzzCommand.Usage);
                Console.Error.WriteLine(Fuzzing.Sparql.SparqlFuzzCommand.Usage);
                return 2;
        }
    }
}
