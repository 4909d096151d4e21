namespace AllianceBot.Bot.Subscriptions;

/// <summary>What a <c>subscribe …</c> command or the settings card asks for.</summary>
public sealed record SubscriptionRequest(SubscriptionTopics Topics, TimeOnly At, string TimeZone);
