using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// One conversation's daily digest subscription (one per conversation: a 1:1 chat, a group chat or a channel).
/// <see cref="At"/> is a local time of day in the IANA zone <see cref="TimeZone"/>.
/// </summary>
public sealed record Subscription
{
    /// <summary>Stable key of the conversation (see <see cref="SubscriptionKeys"/>).</summary>
    public required string Id { get; init; }

    /// <summary>Where the digest goes: service URL, channel, conversation (id, type, tenant), bot and user.</summary>
    public required ConversationReference Reference { get; init; }

    public required SubscriptionTopics Topics { get; init; }

    /// <summary>Local hour and minute of the daily digest.</summary>
    public required TimeOnly At { get; init; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Warsaw</c>.</summary>
    public required string TimeZone { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the subscription was (re)activated: no digest is due for a slot before it.</summary>
    public required DateTimeOffset ActiveSince { get; init; }

    /// <summary>The subscriber's local date of the last digest (sent, or found empty).</summary>
    public DateOnly? LastDeliveredDate { get; init; }

    /// <summary>The ingestion watermark: the next digest holds facts ingested at or after it.</summary>
    public DateTimeOffset? LastDigestAt { get; init; }

    /// <summary>The earliest instant (UTC) the next digest can be due; the due step reads only rows whose time has come.</summary>
    public DateTimeOffset NextDueAt { get; init; }

    public bool Active { get; init; } = true;

    /// <summary>Why the subscription stopped (unsubscribed, or the channel answered 403/404).</summary>
    public string? InactiveReason { get; init; }

    /// <summary>The tenant (Teams) or null; pacing is per tenant.</summary>
    public string? TenantId => Reference.TenantId ?? Reference.Conversation.TenantId;

    /// <summary>What is stored, in words: "Daily at 07:30 Europe/Warsaw: deployments about Poland".</summary>
    public string Describe() =>
        $"Daily at {At.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {TimeZone}: {Topics.Describe()}";
}
