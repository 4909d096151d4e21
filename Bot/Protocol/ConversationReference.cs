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
}
