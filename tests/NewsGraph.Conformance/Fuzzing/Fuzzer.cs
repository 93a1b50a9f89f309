using System.Diagnostics;
using NewsGraph.Rdf.Syntax;

namespace NewsGraph.Conformance.Fuzzing;

/// <summary>Runs a fuzzing campaign over each requested format in turn.</summary>
public static class Fuzzer
{
    public static IReadOnlyList<CampaignReport> Run(FuzzOptions options)
    {
        var w3c = options.W3cDirectory ?? W3cCorpus.Locate();
        var clock = Stopwatch.StartNew();
        var reports = new List<CampaignReport>();
        using var store = new FindingStore(options.OutputDirectory);
        if (store.LeftoverInFlight is { } leftover)
        {
            options.Log.WriteLine($"note: a previous run died while parsing the input now in {leftover}");
        }

        options.Log.WriteLine($"If this process dies (a stack overflow cannot be caught), the input it was parsing is in {store.InFlightPath}");
        using var runner = new GuardedRunner(RdfTarget.HangThreshold, RdfTarget.AbandonAfter);
        var settings = new CampaignSettings(options.Cases, options.Seed, options.StopAtFirstFinding, options.Log);
        for (var i = 0; i < options.Formats.Count; i++)
        {
            var format = options.Formats[i];
            var corpus = W3cCorpus.Load(w3c, ["rdf11"], [format.Extension()]);

            // Split what is left evenly, so a format that finishes early leaves its time to the rest.
            var budget = (options.TimeLimit - clock.Elapsed) / (options.Formats.Count - i);
            reports.Add(new Campaign(new RdfTarget(format, corpus, runner), settings, store).Run(budget));
        }

        return reports;
    }
}
