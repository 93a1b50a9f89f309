namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>Runs a SPARQL fuzzing campaign: the corpus is every query and update of the SPARQL 1.0 and 1.1 suites.</summary>
public static class SparqlFuzzer
{
    private static readonly string[] Suites = ["sparql10", "sparql11"];

    private static readonly string[] Extensions = [".rq", ".ru"];

    public static CampaignReport Run(SparqlFuzzOptions options)
    {
        var corpus = W3cCorpus.Load(options.W3cDirectory ?? W3cCorpus.Locate(), Suites, Extensions);
        using var store = new FindingStore(options.OutputDirectory);
        if (store.LeftoverInFlight is { } leftover)
        {
            options.Log.WriteLine($"note: a previous run died while running the input now in {leftover}");
        }

        using var executor = new SparqlExecutor(options.Limits);
        var settings = new CampaignSettings(options.Cases, options.Seed, options.StopAtFirstFinding, options.Log);
        var report = new Campaign(new SparqlTarget(corpus, executor, options.Pathological), settings, store).Run(options.TimeLimit);
        options.Log.WriteLine($"executor processes started: {executor.Starts} (one, plus one after each that died or hung)");
        return report;
    }
}
