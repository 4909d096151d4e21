using AllianceBot.Bot.Protocol;

namespace AllianceBot.Tests.Conversation;

/// <summary>A fake turn (named as such): records what the agent sends instead of calling a connector. The real turn is exercised in the integration tests.</summary>
internal sealed class RecordingTurnContext(Activity activity) : ITurnContext
{
    public Activity Activity { get; } = activity;

    public ConversationReference Reference { get; } = new("msteams", "http://127.0.0.1/", activity.Conversation ?? new ConversationAccount("c"), activity.Recipient ?? new ChannelAccount("bot"));

    public List<Activity> Sent { get; } = [];

    public Task<SendResult> SendAsync(Activity activity, CancellationToken ct = default)
    {
        Sent.Add(activity);
        return Task.FromResult<SendResult>(new SendResult.Sent("1"));
    }
}
