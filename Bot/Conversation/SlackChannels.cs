using System.Text.Json;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Conversation;

/// <summary>
/// Slack delivers every message of a channel the bot is in, mentioned or not (Teams only delivers those that mention
/// it). The bot answers Slack direct messages, and in channels only messages that mention someone (ABS turns
/// <c>&lt;@U…&gt;</c> into a mention entity; the raw form may also stay in the text).
/// </summary>
public static class SlackChannels
{
    public static bool IsUnaddressedChannelMessage(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!string.Equals(activity.ChannelId, "slack", StringComparison.OrdinalIgnoreCase) || activity.Value is not null)
        {
            return false;
        }

        var channel = activity.Conversation?.Id.Split(':')[^1] ?? string.Empty;
        var direct = channel.StartsWith('D') || activity.Conversation?.IsGroup == false;
        var mentioned = (activity.Text?.Contains("<@", StringComparison.Ordinal) ?? false)
            || activity.Entities?.Any(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.GetString() == "mention") == true;
        return !direct && !mentioned;
    }
}
