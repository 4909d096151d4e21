namespace AllianceBot.Bot.Feeds;

/// <summary>What one poll did: feeds read, feeds that failed, items ingested, items that failed (retried next poll).</summary>
public sealed record FeedPollResult(int Feeds, int FailedFeeds, int Ingested, int FailedItems);
