using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsGraph.Server.Articles;
using NewsGraph.Server.Http;
using NewsGraph.Server.Protocol;
using NewsGraph.Server.Web;

namespace NewsGraph.Server;

/// <summary>Builds the HTTP server: Kestrel on the configured address, the protocol endpoints, CORS, and the web pages.</summary>
public static class SparqlServer
{
    public static WebApplication Build(ServerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://{FormatHost(context.Options.Host)}:{context.Options.Port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        Cors.AddTo(builder.Services, context.Options);

        var app = builder.Build();
        Cors.Use(app, context.Options);
        QueryEndpoint.Map(app, context);
        UpdateEndpoint.Map(app, context);
        GraphStoreEndpoint.Map(app, context);
        ArticlesEndpoint.Map(app, context);
        WebPages.Map(app, context);
        return app;
    }

    /// <summary>
    /// Serves until Ctrl-C or SIGTERM, then lets running requests finish and returns.
    /// <paramref name="listening"/> is told the address once the port is bound.
    /// </summary>
    public static void Run(ServerContext context, Action<Uri> listening)
    {
        ArgumentNullException.ThrowIfNull(listening);
        using var app = (IHost)Build(context);
        app.Start();
        listening(ListeningAddress((WebApplication)app));
        app.WaitForShutdown();
    }

    /// <summary>The address the server listens on once started (with the real port when 0 was asked for).</summary>
    public static Uri ListeningAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return new Uri(app.Urls.First());
    }

    private static string FormatHost(string host) => host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host;
}
