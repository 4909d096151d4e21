using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>How the connector client calls the Bot Connector service (section <c>Connector</c>).</summary>
public sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt for 429, 412, 502, 503, 504 and network errors. Default 3.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; doubles per attempt, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The longest <c>Retry-After</c> the client waits itself. A 429 asking for longer comes back at once as
    /// <see cref="SendResult.Throttled"/> so the caller (e.g. the digest sender) can reschedule. Default 10 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one HTTP attempt. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Hosts (exact, or <c>*.suffix</c>) whose https serviceUrls get the bot's token even when no authenticated activity
    /// has named them since start (proactive sends after a restart). Serviceurls of authenticated activities are always
    /// trusted. Default: the Bot Framework and Teams hosts (see <see cref="DefaultTrustedHosts"/>).
    /// </summary>
    public IList<string>? TrustedServiceUrlHosts { get; set; }

    public static IReadOnlyList<string> DefaultTrustedHosts { get; } =
        ["smba.trafficmanager.net", "*.botframework.com", "*.botframework.us", "*.teams.microsoft.com", "*.teams.microsoft.us"];
}
