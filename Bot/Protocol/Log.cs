namespace AllianceBot.Bot.Protocol;

/// <summary>The protocol's log messages (source-generated; the activity path is hot).</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "No MicrosoftAppId is configured: accepting activities without authentication (Development only) and sending replies without a token")]
    public static partial void AuthenticationDisabled(ILogger logger);

    [LoggerMessage(2, LogLevel.Warning, "Refused an activity from channel {ChannelId}: {Reason}")]
    public static partial void Unauthorized(ILogger logger, string? channelId, string reason);

    [LoggerMessage(3, LogLevel.Information, "Rejected a request to /api/messages with {Status}: {Reason}")]
    public static partial void BadRequest(ILogger logger, int status, string reason);

    [LoggerMessage(4, LogLevel.Error, "The activity handler failed on a {ActivityType} activity in channel {ChannelId}")]
    public static partial void HandlerFailed(ILogger logger, string activityType, string? channelId, Exception exception);

    [LoggerMessage(5, LogLevel.Warning, "Connector {Method} {Path} answered {Status}: {Result}")]
    public static partial void ConnectorCallFailed(ILogger logger, string method, string path, int status, SendResult result);

    [LoggerMessage(6, LogLevel.Warning, "Connector at {ServiceUrl} unreachable")]
    public static partial void ConnectorUnreachable(ILogger logger, string serviceUrl, Exception exception);

    [LoggerMessage(7, LogLevel.Warning, "Not calling {ServiceUrl}: not a trusted serviceUrl, so it would get no token")]
    public static partial void UntrustedServiceUrl(ILogger logger, string serviceUrl);

    [LoggerMessage(8, LogLevel.Warning, "Could not create a conversation in channel {ChannelId}: {Result}")]
    public static partial void CreateConversationFailed(ILogger logger, string channelId, SendResult result);

    [LoggerMessage(9, LogLevel.Debug, "Handled {ActivityType} activity in channel {ChannelId}, answered {Status}")]
    public static partial void Handled(ILogger logger, string activityType, string? channelId, int status);
}
