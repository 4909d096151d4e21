namespace AllianceBot.Bot.Subscriptions;

/// <summary>The subscription command words, as typed or sent by a card button.</summary>
public static class SubscriptionCommandNames
{
    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Settings = "settings";
    public const string DigestNow = "digest now";

    public static IReadOnlyList<string> All { get; } = [DigestNow, Unsubscribe, Subscribe, Settings];
}
