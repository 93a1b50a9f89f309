using System.Text.Json;
using NewsGraph.Ingest;
using NewsGraph.Server.Http;

namespace NewsGraph.Server.Articles;

/// <summary>
/// <c>POST /articles</c>: extracts the posted articles' facts and stores each in its own graph (one
/// transaction per article, idempotent by content), with the write token. Answers a JSON report:
/// what happened to each article, and the ones that could not be read.
/// </summary>
internal static class ArticlesEndpoint
{
    public const string Path = "/articles";

    public static void Map(WebApplication app, ServerContext context)
    {
        // The extraction pipeline is costly to build and is used by one thread at a time, so
        // requests take turns; the store serialises their writes anyway.
        var ingestor = new Lazy<ArticleIngestor>(() => new ArticleIngestor(context.Dataset));
        var turn = new SemaphoreSlim(1, 1);
        app.MapPost(Path, Problems.Guard(async http =>
        {
            WriteAccess.Demand(http, context.Options);
            var (articles, errors) = await ArticleRequest.Read(http.Request);
            var outcomes = new List<IngestOutcome>();
            await turn.WaitAsync(http.RequestAborted);
            try
            {
                outcomes.AddRange(articles.Select(a => ingestor.Value.Ingest(a)));
            }
            finally
            {
                turn.Release();
            }

            http.Response.StatusCode = outcomes.Count == 0 && errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body, Report(outcomes, errors), cancellationToken: http.RequestAborted);
        }));
    }

    private static object Report(List<IngestOutcome> outcomes, IReadOnlyList<Extraction.Articles.ArticleReadError> errors) => new
    {
        articles = outcomes.Select(o => new
        {
            id = o.ArticleId,
            status = o.Status.ToString().ToLowerInvariant(),
            graph = o.Graph.Value,
            quads = o.Quads,
            events = o.Events,
            statements = o.Statements,
        }),
        errors = errors.Select(e => new { source = e.Source, message = e.Message }),
    };
}
