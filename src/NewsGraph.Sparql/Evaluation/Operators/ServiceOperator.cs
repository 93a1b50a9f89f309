using System.Text;
using NewsGraph.Sparql.Results;
using NewsGraph.Store;

namespace NewsGraph.Sparql.Evaluation.Operators;

/// <summary>
/// SERVICE &lt;endpoint&gt; { P }: asks the endpoint once for P's solutions (through the host's
/// <see cref="RemoteSelect"/>) and joins them with each seed as a VALUES block of them would. With SILENT a failed
/// call contributes one empty solution, as §8.3 of SPARQL 1.1 Federated Query says.
/// </summary>
internal sealed class ServiceOperator(
    QueryContext context, RemoteSelect call, Iri endpoint, string query, bool silent, IReadOnlyDictionary<string, int> variables) : Operator
{
    /// <summary>The endpoint's answer as a VALUES table; null until fetched, and after a SILENT failure.</summary>
    private ValuesOperator? _answer;
    private bool _fetched;

    public override bool AcceptsSubstitution => true;

    public override IReadOnlyCollection<int> Slots => [.. variables.Values];

    public override IEnumerable<int[]> Run(int[] seed)
    {
        if (!_fetched)
        {
            _answer = Fetch();
            _fetched = true;
        }

        return _answer is null ? [seed] : _answer.Run(seed);
    }

    private ValuesOperator? Fetch()
    {
        ParsedResults results;
        try
        {
            results = call(endpoint, query, context.Cancellation);
        }
        catch (Exception) when (silent && !context.Cancellation.IsCancellationRequested)
        {
            return null;
        }

        // Variables of the answer that the pattern does not have are dropped.
        var kept = results.Variables.Select((name, i) => (Slot: variables.GetValueOrDefault(name, -1), Index: i)).Where(c => c.Slot >= 0).ToArray();
        var rows = results.Rows
            .Select(r => kept.Select(c => r[c.Index] is { } term ? context.Encode(term) : TermIds.None).ToArray())
            .ToArray();
        return new ValuesOperator(kept.Select(c => c.Slot).ToArray(), rows);
    }

    public override void Explain(StringBuilder sb, int depth, VariableSlots slots) =>
        Line(sb, depth).Append("service ").Append(silent ? "silent " : string.Empty).Append(endpoint).Append('\n');
}
