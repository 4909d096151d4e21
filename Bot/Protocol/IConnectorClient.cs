namespace AllianceBot.Bot.Protocol;

/// <summary>
/// Calls the Bot Connector REST API (v3) at a conversation's service URL, with the bot's token when an app id is configured.
/// Throttling and transient failures are retried within bounds; what is left comes back as a <see cref="SendResult"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary>Posts <paramref name="activity"/> to the conversation in <paramref name="reference"/> (a reply when <c>ReplyToId</c> is set).</summary>
    Task<SendResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken ct = default);

    /// <summary>Replaces an activity the bot sent earlier.</summary>
    Task<SendResult> UpdateAsync(ConversationReference reference, string activityId, Activity activity, CancellationToken ct = default);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task<SendResult> DeleteAsync(ConversationReference reference, string activityId, CancellationToken ct = default);

    /// <summary>Creates (or finds) a 1:1 conversation with <paramref name="user"/>; returns its reference, or null when the channel refused.</summary>
    Task<ConversationReference?> CreateConversationAsync(ConversationReference sameChannel, ChannelAccount user, CancellationToken ct = default);
}
