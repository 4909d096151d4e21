using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Feeds;

/// <summary>The RSS/Atom feeds to poll. Bound from configuration section <c>Feeds</c>.</summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>Feed URLs (RSS 2.0 or Atom 1.0). Empty: nothing is polled.</summary>
    public IList<Uri> Urls { get; } = [];

    /// <summary>How often the Bot host polls (Azure Functions uses the <c>FEED_SCHEDULE</c> cron setting instead).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Table recording the feed items already ingested.</summary>
    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    public string TableName { get; set; } = "FeedItems";

    /// <summary>Time allowed for one feed or page download.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
