namespace AllianceBot.Bot.Protocol;

/// <summary>What became of one outbound activity after the connector client's bounded retries.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    /// <summary>Delivered; <see cref="ActivityId"/> is the channel's id when it gave one.</summary>
    public sealed record Sent(string? ActivityId) : SendResult;

    /// <summary>403/404: the bot was removed, blocked, or the conversation no longer exists. Do not retry.</summary>
    public sealed record ConversationGone(int Status, string? Code) : SendResult;

    /// <summary>429 still after the retries: try again after <see cref="RetryAfter"/>.</summary>
    public sealed record Throttled(TimeSpan? RetryAfter) : SendResult;

    /// <summary>Any other failure after the retries.</summary>
    public sealed record Failed(int Status, string? Message) : SendResult;
}
