using AllianceBot.Bot.Feeds;
using AllianceBot.Bot.Samples;
using Microsoft.AspNetCore.Mvc;

namespace AllianceBot.Bot.Api;

public static class FactsApiServiceCollectionExtensions
{
    /// <summary>Adds the article ingestion and fact query handlers and the feed poller (both hosts).</summary>
    public static IServiceCollection AddFactsApi(this IServiceCollection services)
    {
        services.AddOptions<FactsApiOptions>().BindConfiguration(FactsApiOptions.Section);
        services.AddSingleton<ApiKeyGuard>();
        services.AddSingleton<FactTextSearch>();
        services.AddSingleton<ArticlesEndpoint>();
        services.AddSingleton<FactsEndpoint>();
        services.AddFeeds();
        return services;
    }

    /// <summary>Adds the Bot host's own jobs: sample loading at start (<c>Facts:LoadSamples</c>) and feed polling.</summary>
    public static IServiceCollection AddFactsApiJobs(this IServiceCollection services)
    {
        services.AddSingleton<SampleArticleLoader>();
        services.AddHostedService<SampleLoadingService>();
        services.AddHostedService<FeedPollingService>();
        return services;
    }

    /// <summary>Maps <c>POST /api/articles</c>, <c>GET /api/facts</c> and <c>GET /api/facts/{id}</c>; the handlers check the key.</summary>
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", (HttpContext context, [FromServices] ArticlesEndpoint handler) =>
            handler.PostAsync(context, KeyCheck.Handler, context.RequestAborted));
        endpoints.MapGet("/api/facts", (HttpContext context, [FromServices] FactsEndpoint handler) =>
            handler.QueryAsync(context, KeyCheck.Handler, context.RequestAborted));
        endpoints.MapGet("/api/facts/{id}", (HttpContext context, string id, [FromServices] FactsEndpoint handler) =>
            handler.GetAsync(context, id, KeyCheck.Handler, context.RequestAborted));
        return endpoints;
    }
}
