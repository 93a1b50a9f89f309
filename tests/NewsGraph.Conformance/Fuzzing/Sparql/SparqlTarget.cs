namespace NewsGraph.Conformance.Fuzzing.Sparql;

/// <summary>
/// The SPARQL engine: mutated W3C queries and updates, deep and long documents, and the
/// pathological queries, each parsed and evaluated in the executor process.
/// </summary>
internal sealed class SparqlTarget(IReadOnlyList<CorpusFile> corpus, SparqlExecutor executor, bool pathological) : IFuzzTarget
{
    private readonly Mutator _mutator = new(corpus, SparqlTokens.Vocabulary, SparqlEdits.For(corpus));

    public string Name => "sparql";

    // Unlike any RdfFormat, so no case repeats an RDF one.
    public int SeedSalt => 0x5151;

    public int SeedFiles => corpus.Count;

    public IReadOnlyList<FuzzCase> FixedCases => pathological ? PathologicalQueries.All : [];

    /// <summary>Generous: a case that kills the executor costs a restart per attempt.</summary>
    public TimeSpan MinimizeBudget => TimeSpan.FromSeconds(30);

    public long PeakWorkingSetBytes => executor.PeakWorkingSetBytes;

    public FuzzCase Next(Random rng)
    {
        if (rng.Next(20) == 0)
        {
            var deep = DeepDocuments.Make(rng);
            if (!_mutator.IsDisabled(deep.Operators[0]))
            {
                return deep;
            }
        }

        var mutant = _mutator.Next(rng);
        var settings = mutant.Seed.Name.EndsWith(".ru", StringComparison.Ordinal) ? SparqlSettings.Update : SparqlSettings.Query;
        return new FuzzCase(mutant.Text, settings, mutant.Recipe, mutant.Operators);
    }

    public CaseOutcome Run(FuzzCase fuzzCase) => executor.Run(((SparqlSettings)fuzzCase.Settings).Kind, fuzzCase.Input);

    public void Disable(string operatorName) => _mutator.Disable(operatorName);

    public string ExtensionOf(FuzzCase fuzzCase) => ((SparqlSettings)fuzzCase.Settings).Extension;

    /// <summary>Never waits: a stuck case ends with its executor process, so no thread stays stuck.</summary>
    public string? WaitUntilUsable(TimeSpan budgetLeft, TextWriter log) => null;

    public string Tally(CampaignReport r) =>
        $"{r.Parsed:N0} parsed, {r.SyntaxErrors:N0} syntax errors, {r.Completed:N0} evaluated, {r.Stopped:N0} stopped by a limit, {r.Crashes} crashes, {r.Hangs} hangs";
}
