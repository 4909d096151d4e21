using AllianceBot.Bot.Understanding;

namespace AllianceBot.Bot.Conversation;

/// <summary>The conversation's log messages (hot paths as source-generated methods).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Fact index loaded with {Count} facts")]
    public static partial void IndexLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Fact index refreshed: {Added} new or changed, {Count} in all")]
    public static partial void IndexRefreshed(ILogger logger, int added, int count);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Fact index refresh failed; trying again on the next tick")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Debug, Message = "Turn {ActivityType} on {ChannelId} understood as {Intent}")]
    public static partial void Understood(ILogger logger, string activityType, string? channelId, IntentKind intent);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Turn {ActivityType} on {ChannelId} failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string? channelId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Reply on {ChannelId} was not delivered: {Result}")]
    public static partial void NotDelivered(ILogger logger, string? channelId, string result);
}
