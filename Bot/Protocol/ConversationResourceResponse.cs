namespace AllianceBot.Bot.Protocol;

/// <summary>The connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string? Id)
{
    public string? ActivityId { get; init; }

    public string? ServiceUrl { get; init; }
}
