namespace AllianceBot.Bot.Protocol;

/// <summary>One inbound activity being handled, and the way to answer it.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (already authenticated).</summary>
    Activity Activity { get; }

    /// <summary>Where this conversation can be reached later (for subscriptions).</summary>
    ConversationReference Reference { get; }

    /// <summary>
    /// Sends <paramref name="activity"/> into this conversation as a reply; <c>from</c>, <c>recipient</c>,
    /// <c>conversation</c> and <c>replyToId</c> are filled in. With <c>deliveryMode: expectReplies</c> it is buffered
    /// and returned in the HTTP response instead.
    /// </summary>
    Task<SendResult> SendAsync(Activity activity, CancellationToken ct = default);
}
