using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Handles one message of the <c>digests</c> queue, for both hosts: the Functions queue trigger and the Bot host's poll.
/// It throws when the delivery should be retried; on the last try (<see cref="DigestOptions.MaxDequeueCount"/>) it logs
/// the reason the message goes to the poison queue.
/// </summary>
public sealed class DigestQueueProcessor(DigestSender sender, IOptions<DigestOptions> options, ILogger<DigestQueueProcessor> logger)
{
    public async Task<DeliveryOutcome> ProcessAsync(string text, long dequeueCount, CancellationToken ct = default)
    {
        DigestMessage? message = null;
        try
        {
            message = DigestMessage.Parse(text);
            return await sender.DeliverAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var max = options.Value.MaxDequeueCount;
            if (dequeueCount >= max)
            {
                logger.LogError(e, "Digest message {Message} failed on try {Try} of {Max} and goes to the poison queue: {Reason}", message?.ToJson() ?? text, dequeueCount, max, e.Message);
            }
            else
            {
                logger.LogWarning("Digest message {Message} failed on try {Try} of {Max}; it will be retried: {Reason}", message?.ToJson() ?? text, dequeueCount, max, e.Message);
            }

            throw;
        }
    }
}
