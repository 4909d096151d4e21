using Azure.Data.Tables;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>The Subscriptions table's client, typed so DI can tell it from the other tables.</summary>
public sealed record SubscriptionTableClient(TableClient Table);
