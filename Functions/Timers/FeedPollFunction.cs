using AllianceBot.Bot.Feeds;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Timers;

/// <summary>Polls the configured feeds on the cron schedule of app setting <c>FEED_SCHEDULE</c> (default <c>0 */15 * * * *</c>).</summary>
public sealed class FeedPollFunction(FeedPoller poller)
{
    [Function("feed-poll")]
    public async Task Run([TimerTrigger("%FEED_SCHEDULE%")] TimerInfo timer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await poller.PollAsync(ct);
    }
}
