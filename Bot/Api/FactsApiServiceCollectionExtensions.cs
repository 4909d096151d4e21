namespace AllianceBot.Bot.Api;

public static class FactsApiServiceCollectionExtensions
{
    /// <summary>Adds the article ingestion and fact query handlers. SKELETON: issues #2 and #3.</summary>
    public static IServiceCollection AddFactsApi(this IServiceCollection services) => services;

    /// <summary>Adds the in-process feed polling job for the Bot host. SKELETON: issue #3.</summary>
    public static IServiceCollection AddFactsApiJobs(this IServiceCollection services) => services;

    /// <summary>Maps <c>/api/articles</c> and <c>/api/facts</c>. SKELETON: issues #2 and #3.</summary>
    public static IEndpointRouteBuilder MapFactsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
