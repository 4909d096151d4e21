namespace AllianceBot.Bot.Protocol;

/// <summary>The conversation an activity belongs to.</summary>
public sealed record ConversationAccount(string Id)
{
    public string? Name { get; init; }

    public bool? IsGroup { get; init; }

    /// <summary>Channel-defined; Teams: <c>personal</c>, <c>groupChat</c>, <c>channel</c>.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }
}
