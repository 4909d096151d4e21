using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Feeds;

/// <summary>The Bot host's feed job: polls at start, then every <see cref="FeedOptions.Interval"/>; idle when no feed is configured.</summary>
public sealed class FeedPollingService(FeedPoller poller, IOptions<FeedOptions> options, TimeProvider time, ILogger<FeedPollingService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Urls.Count == 0)
        {
            logger.LogInformation("No feeds configured (Feeds:Urls); feed polling is off");
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await poller.PollAsync(stoppingToken);
                await Task.Delay(options.Value.Interval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}
