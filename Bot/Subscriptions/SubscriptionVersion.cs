using Azure;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>A subscription as read, with the ETag its next write is conditional on.</summary>
public sealed record SubscriptionVersion(Subscription Value, ETag ETag);
