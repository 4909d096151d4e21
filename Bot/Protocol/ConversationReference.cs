using System.Text.Json;

namespace AllianceBot.Bot.Protocol;

/// <summary>Where to send a proactive message: taken from an authenticated inbound activity (<c>user = from</c>, <c>bot = recipient</c>).</summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    ConversationAccount Conversation,
    ChannelAccount Bot,
    ChannelAccount? User = null,
    string? ActivityId = null,
    string? Locale = null)
{
    /// <summary>The Teams tenant, when known (needed to create a Teams 1:1 conversation).</summary>
    public string? TenantId { get; init; }

    /// <summary>
    /// The reference of an inbound activity. The activity must carry <c>serviceUrl</c> and <c>conversation.id</c>
    /// (the endpoint checks); the tenant comes from <c>conversation.tenantId</c> or Teams' <c>channelData.tenant.id</c>.
    /// </summary>
    public static ConversationReference FromActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversation = activity.Conversation
            ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        var serviceUrl = activity.ServiceUrl
            ?? throw new ArgumentException("The activity has no serviceUrl.", nameof(activity));
        return new ConversationReference(
            activity.ChannelId ?? string.Empty,
            serviceUrl,
            conversation,
            activity.Recipient ?? new ChannelAccount(string.Empty),
            activity.From,
            activity.Id,
            activity.Locale)
        {
            TenantId = conversation.TenantId ?? TenantFromChannelData(activity.ChannelData),
        };
    }

    /// <summary>An empty message addressed to this conversation: <c>from</c> = bot, <c>recipient</c> = user.</summary>
    public Activity CreateMessage(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        From = Bot,
        Recipient = User,
        Conversation = Conversation,
        Locale = Locale,
        Text = text,
    };

    private static string? TenantFromChannelData(JsonElement? channelData) =>
        channelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("tenant", out var tenant)
        && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id)
        && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
}
