using Azure;

namespace AllianceBot.Bot.Digests;

/// <summary>The Deliveries row of one subscriber and local date (partition = subscription id, row = yyyy-MM-dd).</summary>
public sealed record DeliveryRecord(string SubscriptionId, DateOnly LocalDate, DeliveryState State, DateTimeOffset UpdatedAt)
{
    public string? LastError { get; init; }

    /// <summary>The channel's id of the sent digest.</summary>
    public string? ActivityId { get; init; }

    /// <summary>Facts in the digest.</summary>
    public int FactCount { get; init; }

    /// <summary>The ingestion watermark the digest was built up to (the subscription's next <c>LastDigestAt</c>).</summary>
    public DateTimeOffset? DigestAsOf { get; init; }

    /// <summary>The row's ETag as read (writes are conditional on it).</summary>
    public ETag ETag { get; init; }
}
