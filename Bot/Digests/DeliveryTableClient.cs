using Azure.Data.Tables;

namespace AllianceBot.Bot.Digests;

/// <summary>The Deliveries table's client, typed so DI can tell it from the other tables.</summary>
public sealed record DeliveryTableClient(TableClient Table);
