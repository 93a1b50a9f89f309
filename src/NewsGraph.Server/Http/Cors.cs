using Microsoft.Extensions.DependencyInjection;

namespace NewsGraph.Server.Http;

/// <summary>
/// Cross-origin access for pages on the origins given with <c>--cors</c> ("*" for any). Without
/// any, browsers only let the server's own pages call it.
/// </summary>
internal static class Cors
{
    public static void AddTo(IServiceCollection services, ServerOptions options)
    {
        if (options.CorsOrigins.Count == 0)
        {
            return;
        }

        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (options.CorsOrigins.Contains("*"))
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins([.. options.CorsOrigins]);
            }

            policy.WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
                .WithHeaders("Accept", "Authorization", "Content-Type")
                .WithExposedHeaders("Content-Type", "Location");
        }));
    }

    public static void Use(WebApplication app, ServerOptions options)
    {
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }
    }
}
