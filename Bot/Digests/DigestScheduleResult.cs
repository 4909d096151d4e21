namespace AllianceBot.Bot.Digests;

/// <summary>What one due step did: subscriptions read, messages enqueued, and those already queued or done for the day.</summary>
public sealed record DigestScheduleResult(int Read, int Enqueued, int AlreadyScheduled);
