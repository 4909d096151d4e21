using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Feeds;

public static class FeedServiceCollectionExtensions
{
    /// <summary>Largest feed or page the poller downloads; a larger one fails that feed or item.</summary>
    public const int MaxDownloadBytes = 10 * 1024 * 1024;

    /// <summary>Adds the feed poller, its item log and its HTTP client (both hosts).</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(FeedPoller.HttpClientName, (sp, client) =>
        {
            client.Timeout = sp.GetRequiredService<IOptions<FeedOptions>>().Value.Timeout;
            client.MaxResponseContentBufferSize = MaxDownloadBytes;
            client.DefaultRequestHeaders.UserAgent.ParseAdd("AllianceBot/1.0 (+feed poller)");
        });
        services.AddSingleton(sp => new FeedItemLog(sp.GetRequiredService<TableServiceClient>()
            .GetTableClient(sp.GetRequiredService<IOptions<FeedOptions>>().Value.TableName)));
        services.AddSingleton<FeedPoller>();
        return services;
    }
}
