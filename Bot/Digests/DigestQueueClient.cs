using AllianceBot.Facts.Storage;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// The <c>digests</c> storage queue and its <c>digests-poison</c> companion (the Functions convention). Messages are
/// Base64 text, as the Functions queue trigger expects, so both hosts read the same queue.
/// </summary>
public sealed class DigestQueueClient
{
    private readonly CreateOnce gate;

    public DigestQueueClient(QueueClient queue, QueueClient poison)
    {
        Queue = queue;
        Poison = poison;
        gate = new CreateOnce(async () =>
        {
            await queue.CreateIfNotExistsAsync();
            await poison.CreateIfNotExistsAsync();
        });
    }

    public QueueClient Queue { get; }

    public QueueClient Poison { get; }

    /// <summary>Client options every digest queue client uses (Base64, like the Functions trigger).</summary>
    public static QueueClientOptions ClientOptions() => new() { MessageEncoding = QueueMessageEncoding.Base64 };

    /// <summary>Adds a message, invisible for <paramref name="delay"/> (a throttled send comes back after Retry-After).</summary>
    public async Task EnqueueAsync(DigestMessage message, TimeSpan? delay = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await gate.EnsureAsync(ct);
        var visibility = delay is { } d && d > TimeSpan.Zero ? Min(d, TimeSpan.FromDays(6)) : (TimeSpan?)null;
        await Queue.SendMessageAsync(message.ToJson(), visibility, TimeSpan.FromDays(2), ct);
    }

    /// <summary>Approximate number of messages on the queue (visible or not).</summary>
    public async Task<int> CountAsync(CancellationToken ct = default)
    {
        await gate.EnsureAsync(ct);
        return (await Queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount;
    }

    public async Task<QueueMessage[]> ReceiveAsync(int max, TimeSpan visibilityTimeout, CancellationToken ct = default)
    {
        await gate.EnsureAsync(ct);
        return (await Queue.ReceiveMessagesAsync(Math.Clamp(max, 1, 32), visibilityTimeout, ct)).Value;
    }

    public Task CompleteAsync(QueueMessage message, CancellationToken ct = default) =>
        Queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);

    /// <summary>Leaves a failed message on the queue, visible again after <paramref name="delay"/>.</summary>
    public Task AbandonAsync(QueueMessage message, TimeSpan delay, CancellationToken ct = default) =>
        Queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: delay, cancellationToken: ct);

    /// <summary>Moves a message that failed its last try to the poison queue (as the Functions runtime does).</summary>
    public async Task PoisonAsync(QueueMessage message, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        await gate.EnsureAsync(ct);
        await Poison.SendMessageAsync(message.Body.ToString(), timeToLive: TimeSpan.FromSeconds(-1), cancellationToken: ct);
        await CompleteAsync(message, ct);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
