using AllianceBot.Bot.Digests;
using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Queues;

/// <summary>
/// Sends one subscriber's digest per message of the <c>digests</c> queue. Throws to retry; after host.json's
/// <c>maxDequeueCount</c> (5) tries the runtime moves the message to <c>digests-poison</c>.
/// </summary>
public sealed class DigestDeliveryFunction(DigestQueueProcessor processor)
{
    [Function("digest-delivery")]
    public Task Run([QueueTrigger("digests")] QueueMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        return processor.ProcessAsync(message.Body.ToString(), message.DequeueCount, ct);
    }
}
