using System.Text.Json;

namespace AllianceBot.Bot.Protocol;

/// <summary>The body of <c>POST /v3/conversations</c>; a Teams 1:1 needs <see cref="TenantId"/> (also sent as <c>channelData.tenant.id</c>).</summary>
public sealed record ConversationParameters(ChannelAccount Bot, IReadOnlyList<ChannelAccount> Members)
{
    public bool IsGroup { get; init; }

    public string? TopicName { get; init; }

    public string? TenantId { get; init; }

    public Activity? Activity { get; init; }

    public JsonElement? ChannelData { get; init; }
}
