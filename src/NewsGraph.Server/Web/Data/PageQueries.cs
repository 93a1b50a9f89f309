using System.Collections.Concurrent;
using NewsGraph.Sparql;

namespace NewsGraph.Server.Web.Data;

/// <summary>
/// The SPARQL behind the pages, kept as embedded .rq files (Web/Queries) and run through the
/// server's own query runner, so a page sees what /sparql would answer. A query about one entity
/// names it as &lt;urn:newsgraph:entity&gt;, which is replaced by the entity's IRI.
/// </summary>
internal sealed class PageQueries(QueryRunner runner)
{
    private const string EntityPlaceholder = "<urn:newsgraph:entity>";
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    public IReadOnlyList<Row> Select(string name, CancellationToken cancellation) => Run(Text(name), cancellation);

    public IReadOnlyList<Row> Select(string name, Iri entity, CancellationToken cancellation) =>
        Run(Text(name).Replace(EntityPlaceholder, NTriplesText.Iri(entity.Value), StringComparison.Ordinal), cancellation);

    private List<Row> Run(string text, CancellationToken cancellation)
    {
        using var lease = runner.Run(text, cancellation);
        var solutions = (SolutionsResult)lease.Result;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < solutions.Variables.Count; i++)
        {
            columns[solutions.Variables[i]] = i;
        }

        return solutions.Rows.Select(values => new Row(columns, values)).ToList();
    }

    private static string Text(string name) => Texts.GetOrAdd(name, static n => EmbeddedText.Read($"Queries.{n}.rq"));
}
