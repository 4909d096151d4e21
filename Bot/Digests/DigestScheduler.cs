using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Subscriptions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// The due step (every 5 minutes): for each active subscription whose local slot has come and whose local date has no
/// digest yet, insert a <see cref="DeliveryState.Queued"/> delivery row (conditional insert) and enqueue one message.
/// A row that exists means another run has scheduled it, so duplicate or overlapping runs enqueue nothing twice; a row
/// still <c>Queued</c> after <see cref="DigestOptions.RequeueAfter"/> (its message lost) is enqueued again.
/// </summary>
public sealed class DigestScheduler(
    SubscriptionTable subscriptions,
    DeliveryTable deliveries,
    DigestQueueClient queue,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestScheduler> logger)
{
    public async Task<DigestScheduleResult> RunAsync(CancellationToken ct = default)
    {
        using var operation = Telemetry.Source.StartActivity(Telemetry.Digest + ".Schedule");
        var now = time.GetUtcNow();
        int read = 0, enqueued = 0, already = 0;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(options.Value.DueStepBudget);
        using var backlog = new DigestBacklogGate(queue, options.Value.MaxQueueBacklog, time);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 64, CancellationToken = budget.Token };
        try
        {
            await Parallel.ForEachAsync(subscriptions.QueryDueAsync(now, budget.Token), parallel, async (subscription, token) =>
            {
                Interlocked.Increment(ref read);
                if (DigestClock.DueDate(subscription, now) is not { } date)
                {
                    return;
                }

                await backlog.WaitForRoomAsync(token);
                Interlocked.Increment(ref await ScheduleAsync(subscription.Id, date, now, token) ? ref enqueued : ref already);
            });
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            logger.LogWarning("Digest due step stopped after {Budget}; the subscribers it did not reach stay due for the next run", options.Value.DueStepBudget);
        }

        logger.LogInformation("Digest due step: {Read} subscriptions due, {Enqueued} enqueued, {Already} already scheduled", read, enqueued, already);
        return new DigestScheduleResult(read, enqueued, already);
    }

    private async Task<bool> ScheduleAsync(string id, DateOnly date, DateTimeOffset now, CancellationToken ct)
    {
        var queued = await deliveries.TryInsertAsync(new DeliveryRecord(id, date, DeliveryState.Queued, now), ct);
        if (queued is null)
        {
            var existing = await deliveries.GetAsync(id, date, ct);
            var lost = existing is { State: DeliveryState.Queued } && now - existing.UpdatedAt >= options.Value.RequeueAfter;
            queued = lost ? await deliveries.TryUpdateAsync(existing! with { UpdatedAt = now }, ct) : null;
            if (queued is null)
            {
                return false;
            }

            logger.LogWarning("Digest of {SubscriptionId} for {Date} was queued at {QueuedAt} and never picked up; enqueuing again", id, date, existing!.UpdatedAt);
        }

        await queue.EnqueueAsync(new DigestMessage(id, date, ETag: queued.ETag.ToString()), ct: ct);
        return true;
    }
}
