using AllianceBot.Bot.Hosting;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using Azure;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Builds and sends one subscriber's digest for one local date, at most once: the delivery row is claimed
/// (<c>Sending</c>, by conditional insert or ETag update) before the send and marked <c>Sent</c> with its ETag after.
/// A row already <c>Sending</c> is never sent again (a crash between send and mark leaves it so: no duplicate; the
/// facts stay after the watermark and come in the next day's digest). 429 → the claim is released and the message
/// re-enqueued, invisible for Retry-After; 403/404 → the subscription is deactivated; other failures release the claim
/// and throw, so the queue retries and finally poisons the message.
/// </summary>
public sealed class DigestSender(
    SubscriptionTable subscriptions,
    DeliveryTable deliveries,
    DigestBuilder builder,
    DigestQueueClient queue,
    DigestRateLimiter limiter,
    IConnectorClient connector,
    TimeProvider time,
    IOptions<DigestOptions> options,
    ILogger<DigestSender> logger)
{
    public async Task<DeliveryOutcome> DeliverAsync(DigestMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var operation = Telemetry.Source.StartActivity(Telemetry.Digest + ".Deliver");
        operation?.SetTag("digest.subscription", message.SubscriptionId);
        var version = await subscriptions.GetVersionAsync(message.SubscriptionId, ct);
        var subscription = version?.Value;
        if (subscription is not { Active: true })
        {
            logger.LogInformation("Digest of {SubscriptionId} skipped: the subscription is gone or inactive", message.SubscriptionId);
            return DeliveryOutcome.Skipped;
        }

        var claim = await ClaimAsync(message, ct);
        if (claim is null)
        {
            return DeliveryOutcome.Skipped;
        }

        var (result, digest) = await SendAsync(subscription, claim, ct);
        return result switch
        {
            null => await FinishAsync(claim with { State = DeliveryState.Empty, DigestAsOf = digest.AsOf }, version, ct),
            SendResult.Sent sent => await FinishAsync(claim with { State = DeliveryState.Sent, ActivityId = sent.ActivityId, DigestAsOf = digest.AsOf, FactCount = digest.FactCount }, version, ct),
            SendResult.ConversationGone gone => await GoneAsync(claim, gone, ct),
            SendResult.Throttled throttled => await RequeueAsync(message, claim, throttled, ct),
            SendResult.Failed failed => await FailAsync(claim, $"The connector answered {failed.Status}: {failed.Message}", ct),
            _ => throw new InvalidOperationException($"Unknown send result {result}."),
        };
    }

    /// <summary>Builds, renders, paces and sends; null result = nothing to send. Nothing sent when it throws (claim released).</summary>
    private async Task<(SendResult? Result, Digest Digest)> SendAsync(Subscription subscription, DeliveryRecord claim, CancellationToken ct)
    {
        var sending = false;
        try
        {
            var digest = await builder.BuildAsync(subscription, ct);
            if (digest.IsEmpty && !options.Value.SendWhenEmpty)
            {
                return (null, digest);
            }

            var activity = DigestReplies.ToActivity(digest, subscription.Reference.ChannelId, options.Value.MaxFactsPerDigest);
            using var lease = await limiter.AcquireAsync(subscription.Reference, ct);
            sending = true;
            return (await connector.SendAsync(subscription.Reference, activity, ct), digest);
        }
        catch (Exception e) when (!sending)
        {
            await ReleaseAsync(claim, e.Message, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Claims the day's row: reads it (the due step usually created it as <c>Queued</c>) and takes it with its ETag, or
    /// inserts it when there is none (409: someone else inserted it first, so read it again).
    /// </summary>
    private async Task<DeliveryRecord?> ClaimAsync(DigestMessage message, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (message.ETag is { Length: > 0 } etag
            && await deliveries.TryClaimAsync(message.SubscriptionId, message.LocalDate, new ETag(etag), now, ct) is { } claimed)
        {
            return claimed;
        }

        var existing = await deliveries.GetAsync(message.SubscriptionId, message.LocalDate, ct);
        if (existing is null)
        {
            var fresh = new DeliveryRecord(message.SubscriptionId, message.LocalDate, DeliveryState.Sending, now);
            if (await deliveries.TryInsertAsync(fresh, ct) is { } inserted)
            {
                return inserted;
            }

            existing = await deliveries.GetAsync(message.SubscriptionId, message.LocalDate, ct);
        }

        switch (existing?.State)
        {
            case DeliveryState.Queued or DeliveryState.Retry:
                return await deliveries.TryUpdateAsync(existing with { State = DeliveryState.Sending, UpdatedAt = now }, ct);
            case DeliveryState.Sent or DeliveryState.Empty:
                await RecordOnSubscriptionAsync(existing, null, ct);
                return null;
            case DeliveryState.Sending:
                logger.LogWarning("Digest of {SubscriptionId} for {Date} is being sent or its send's outcome is unknown (claimed {ClaimedAt}); not sending again", message.SubscriptionId, message.LocalDate, existing.UpdatedAt);
                return null;
            default:
                return null;
        }
    }

    private async Task<DeliveryOutcome> FinishAsync(DeliveryRecord done, SubscriptionVersion? version, CancellationToken ct)
    {
        var marked = await MarkAsync(done with { UpdatedAt = time.GetUtcNow(), LastError = null }, ct);
        await RecordOnSubscriptionAsync(marked, version, ct);
        logger.LogInformation("Digest of {SubscriptionId} for {Date}: {State} with {Count} facts", done.SubscriptionId, done.LocalDate, done.State, done.FactCount);
        return done.State == DeliveryState.Sent ? DeliveryOutcome.Sent : DeliveryOutcome.Empty;
    }

    /// <summary>Writes the final state with the claim's ETag; storage blips are retried here, since the send already happened.</summary>
    private async Task<DeliveryRecord> MarkAsync(DeliveryRecord record, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await deliveries.TryUpdateAsync(record, ct) ?? record;
            }
            catch (RequestFailedException e) when (attempt < 3)
            {
                logger.LogWarning(e, "Marking the digest of {SubscriptionId} for {Date} as {State} failed ({Status}); trying again", record.SubscriptionId, record.LocalDate, record.State, e.Status);
                await Task.Delay(options.Value.MarkRetryDelay * attempt, time, ct);
            }
        }
    }

    private async Task RecordOnSubscriptionAsync(DeliveryRecord done, SubscriptionVersion? known, CancellationToken ct) =>
        await subscriptions.ChangeAsync(done.SubscriptionId, current =>
        {
            if (current is null || (current.LastDeliveredDate >= done.LocalDate && current.LastDigestAt >= done.DigestAsOf))
            {
                return null;
            }

            var next = current with
            {
                LastDeliveredDate = current.LastDeliveredDate > done.LocalDate ? current.LastDeliveredDate : done.LocalDate,
                LastDigestAt = current.LastDigestAt > done.DigestAsOf ? current.LastDigestAt : done.DigestAsOf ?? current.LastDigestAt,
            };
            return next with { NextDueAt = DigestClock.NextDueAt(next) };
        }, known, ct);

    private async Task<DeliveryOutcome> GoneAsync(DeliveryRecord claim, SendResult.ConversationGone gone, CancellationToken ct)
    {
        var reason = $"The channel answered {gone.Status} {gone.Code}".TrimEnd();
        await MarkAsync(claim with { State = DeliveryState.Gone, UpdatedAt = time.GetUtcNow(), LastError = reason }, ct);
        await subscriptions.ChangeAsync(claim.SubscriptionId, s => s is { Active: true }
            ? s with { Active = false, InactiveReason = reason, UpdatedAt = time.GetUtcNow() }
            : null, ct);
        logger.LogWarning("Subscription {SubscriptionId} deactivated: {Reason}", claim.SubscriptionId, reason);
        return DeliveryOutcome.Gone;
    }

    private async Task<DeliveryOutcome> RequeueAsync(DigestMessage message, DeliveryRecord claim, SendResult.Throttled throttled, CancellationToken ct)
    {
        var released = await ReleaseAsync(claim, "Throttled (429)", ct);
        if (message.Throttles + 1 >= options.Value.MaxThrottleRequeues)
        {
            throw new DigestDeliveryException($"Throttled {message.Throttles + 1} times; giving the message to the queue's retry limit.");
        }

        var delay = throttled.RetryAfter ?? options.Value.DefaultRetryAfter;
        await queue.EnqueueAsync(message with { Throttles = message.Throttles + 1, ETag = released?.ETag.ToString() }, delay, ct);
        logger.LogInformation("Digest of {SubscriptionId} throttled; back on the queue in {Delay}", message.SubscriptionId, delay);
        return DeliveryOutcome.Requeued;
    }

    private async Task<DeliveryOutcome> FailAsync(DeliveryRecord claim, string reason, CancellationToken ct)
    {
        await ReleaseAsync(claim, reason, ct);
        throw new DigestDeliveryException(reason);
    }

    private Task<DeliveryRecord?> ReleaseAsync(DeliveryRecord claim, string reason, CancellationToken ct) =>
        deliveries.TryUpdateAsync(claim with { State = DeliveryState.Retry, UpdatedAt = time.GetUtcNow(), LastError = reason }, ct);
}
