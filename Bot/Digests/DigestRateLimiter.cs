using System.Threading.RateLimiting;
using AllianceBot.Bot.Protocol;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Paces proactive sends across all concurrent deliveries of this process: a partitioned limiter per conversation
/// (default 7/s) chained with one per tenant (default 50/s), each a <see cref="PacedRateLimiter"/> over one second plus
/// <see cref="DigestPacingOptions.SafetyMargin"/> (so late wake-ups and network jitter do not push a second over the count).
/// The conversation's permit is taken first, so a busy conversation does not hold a tenant slot while it waits.
/// </summary>
public sealed class DigestRateLimiter : IAsyncDisposable
{
    private readonly PartitionedRateLimiter<ConversationReference> tenants;
    private readonly PartitionedRateLimiter<ConversationReference> conversations;
    private readonly PartitionedRateLimiter<ConversationReference> chained;

    public DigestRateLimiter(IOptions<DigestOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var pacing = options.Value.Pacing;
        var window = TimeSpan.FromSeconds(1) + pacing.SafetyMargin;
        conversations = PartitionedRateLimiter.Create<ConversationReference, string>(r =>
            RateLimitPartition.Get(ConversationKey(r), _ => new PacedRateLimiter(pacing.ConversationSendsPerSecond, window, time)));
        tenants = PartitionedRateLimiter.Create<ConversationReference, string>(r =>
            RateLimitPartition.Get(TenantKey(r), _ => new PacedRateLimiter(pacing.TenantSendsPerSecond, window, time)));
        chained = PartitionedRateLimiter.CreateChained(conversations, tenants);
    }

    /// <summary>Waits until a send to <paramref name="reference"/> keeps within both ceilings.</summary>
    public ValueTask<RateLimitLease> AcquireAsync(ConversationReference reference, CancellationToken ct = default) =>
        chained.AcquireAsync(reference, 1, ct);

    /// <summary>The tenant partition: Teams' tenant id, else the channel and service URL (e.g. a Slack workspace's bot).</summary>
    public static string TenantKey(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.TenantId ?? reference.Conversation.TenantId ?? $"{reference.ChannelId}|{reference.ServiceUrl}";
    }

    public static string ConversationKey(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return $"{reference.ChannelId}|{reference.Conversation.Id}";
    }

    public async ValueTask DisposeAsync()
    {
        await chained.DisposeAsync();
        await conversations.DisposeAsync();
        await tenants.DisposeAsync();
    }
}
