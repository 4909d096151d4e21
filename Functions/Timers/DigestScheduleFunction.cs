using AllianceBot.Bot.Digests;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Timers;

/// <summary>The digest due step on a timer: <c>DIGEST_SCHEDULE</c> (NCRONTAB, every 5 minutes: <c>0 */5 * * * *</c>).</summary>
public sealed class DigestScheduleFunction(DigestScheduler scheduler)
{
    [Function("digest-schedule")]
    public Task Run([TimerTrigger("%DIGEST_SCHEDULE%")] TimerInfo timer, CancellationToken ct)
    {
        _ = timer;
        return scheduler.RunAsync(ct);
    }
}
