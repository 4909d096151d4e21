using System.Globalization;
using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Facts.Model;
using Azure.Data.Tables;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>Maps <see cref="Subscription"/> to and from a table entity (columns listed in docs/subscriptions.md).</summary>
internal static class SubscriptionEntities
{
    public static TableEntity ToEntity(Subscription s) => new(SubscriptionKeys.Partition(s.Id), s.Id)
    {
        ["Reference"] = ActivityJson.Serialize(s.Reference),
        ["ChannelId"] = s.Reference.ChannelId,
        ["ConversationId"] = s.Reference.Conversation.Id,
        ["ConversationType"] = s.Reference.Conversation.ConversationType,
        ["ServiceUrl"] = s.Reference.ServiceUrl,
        ["TenantId"] = s.TenantId,
        ["Kinds"] = string.Join(',', s.Topics.Kinds.Select(TopicWords.Code)),
        ["Countries"] = string.Join('|', s.Topics.Countries),
        ["At"] = s.At.ToString("HH:mm", CultureInfo.InvariantCulture),
        ["TimeZone"] = s.TimeZone,
        ["CreatedAt"] = s.CreatedAt,
        ["UpdatedAt"] = s.UpdatedAt,
        ["ActiveSince"] = s.ActiveSince,
        ["LastDeliveredDate"] = s.LastDeliveredDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["LastDigestAt"] = s.LastDigestAt,
        ["NextDueAt"] = s.NextDueAt,
        ["Active"] = s.Active,
        ["InactiveReason"] = s.InactiveReason,
    };

    public static Subscription ToSubscription(TableEntity e) => new()
    {
        Id = e.RowKey,
        Reference = JsonSerializer.Deserialize<ConversationReference>(e.GetString("Reference"), ActivityJson.Options)
            ?? throw new InvalidOperationException($"Subscription {e.RowKey} has no conversation reference."),
        Topics = new SubscriptionTopics(Kinds(e.GetString("Kinds")), Split(e.GetString("Countries"), '|')),
        At = TimeOnly.ParseExact(e.GetString("At"), "HH:mm", CultureInfo.InvariantCulture),
        TimeZone = e.GetString("TimeZone"),
        CreatedAt = e.GetDateTimeOffset("CreatedAt") ?? default,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? default,
        ActiveSince = e.GetDateTimeOffset("ActiveSince") ?? default,
        LastDeliveredDate = e.GetString("LastDeliveredDate") is { Length: > 0 } d
            ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        LastDigestAt = e.GetDateTimeOffset("LastDigestAt"),
        NextDueAt = e.GetDateTimeOffset("NextDueAt") ?? default,
        Active = e.GetBoolean("Active") ?? false,
        InactiveReason = e.GetString("InactiveReason"),
    };

    private static List<FactKind> Kinds(string? text) =>
        Split(text, ',').Select(k => TopicWords.TryKind(k, out var kind) ? kind : (FactKind?)null)
            .OfType<FactKind>().ToList();

    private static List<string> Split(string? text, char separator) =>
        string.IsNullOrEmpty(text) ? [] : text.Split(separator, StringSplitOptions.RemoveEmptyEntries).ToList();
}
