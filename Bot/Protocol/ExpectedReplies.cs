namespace AllianceBot.Bot.Protocol;

/// <summary>The HTTP answer to an activity sent with <c>deliveryMode: expectReplies</c>: <c>{"activities":[...]}</c>.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
