namespace AllianceBot.Bot.Protocol;

/// <summary>
/// One inbound activity and the way to answer it. Replies get <c>from</c>, <c>recipient</c>, <c>conversation</c>,
/// <c>channelId</c> and <c>replyToId</c> from the inbound activity unless set; with <c>deliveryMode: expectReplies</c>
/// they are buffered for the HTTP response instead of sent.
/// </summary>
internal sealed class TurnContext(Activity activity, IConnectorClient connector) : ITurnContext
{
    private readonly List<Activity>? buffered =
        string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase) ? [] : null;

    public Activity Activity => activity;

    public ConversationReference Reference { get; } = ConversationReference.FromActivity(activity);

    /// <summary>True when replies go in the HTTP response.</summary>
    public bool ExpectsReplies => buffered is not null;

    public Task<SendResult> SendAsync(Activity activity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = activity with
        {
            From = activity.From ?? Activity.Recipient,
            Recipient = activity.Recipient ?? Activity.From,
            Conversation = activity.Conversation ?? Activity.Conversation,
            ChannelId = activity.ChannelId ?? Activity.ChannelId,
            ReplyToId = activity.ReplyToId ?? Activity.Id,
        };
        if (buffered is null)
        {
            return connector.SendAsync(Reference, reply, ct);
        }

        lock (buffered)
        {
            buffered.Add(reply);
        }

        return Task.FromResult<SendResult>(new SendResult.Sent(null));
    }

    /// <summary>The buffered replies (expectReplies only).</summary>
    public IReadOnlyList<Activity> TakeReplies()
    {
        if (buffered is null)
        {
            return [];
        }

        lock (buffered)
        {
            return [.. buffered];
        }
    }
}
