using System.Text.Json;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Cards;

/// <summary>
/// Turns a reply into the activity for a channel: an Adaptive Card with a summary (msteams, emulator, webchat,
/// directline), a Slack <c>channelData</c> message (slack), or plain text. Every activity stays under
/// <see cref="MaxBytes"/>: facts are dropped from the end and counted in "and N more" until it fits.
/// </summary>
public static class ReplyRenderer
{
    /// <summary>80 KB of JSON, below Teams' ~100 KB and Slack's limits.</summary>
    public const int MaxBytes = 80 * 1024;

    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "emulator", "webchat", "directline" };

    public static Activity Render(Reply reply, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var current = reply;
        while (true)
        {
            var activity = RenderOnce(current, channelId);
            if (current.Items.Count == 0 || SizeOf(activity) < MaxBytes)
            {
                return activity;
            }

            current = current with { Items = current.Items.Take(current.Items.Count - 1).ToList(), MoreCount = current.MoreCount + 1 };
        }
    }

    /// <summary>The size of the activity as JSON in UTF-8 bytes.</summary>
    public static int SizeOf(Activity activity) => ActivityJson.SerializeToUtf8Bytes(activity).Length;

    private static Activity RenderOnce(Reply reply, string? channelId)
    {
        if (channelId is not null && CardChannels.Contains(channelId))
        {
            var card = JsonSerializer.SerializeToElement(AdaptiveCardRenderer.Render(reply), JsonOptions);
            return new Activity
            {
                Type = ActivityTypes.Message,
                Summary = reply.Summary,
                Attachments = [new Attachment(AdaptiveCardRenderer.ContentType) { Content = card }],
            };
        }

        if (string.Equals(channelId, "slack", StringComparison.OrdinalIgnoreCase))
        {
            return new Activity
            {
                Type = ActivityTypes.Message,
                Summary = reply.Summary,
                ChannelData = JsonSerializer.SerializeToElement(SlackRenderer.Render(reply), JsonOptions),
            };
        }

        return new Activity { Type = ActivityTypes.Message, Text = PlainTextRenderer.Render(reply), TextFormat = "plain" };
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,

        // Sent as JSON over HTTP, never embedded in HTML: keep Slack's <url|label> links and quotes readable.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
