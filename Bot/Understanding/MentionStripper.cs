using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// Removes the bot's @mention from a message, as the Bot Framework SDK does: Teams <c>&lt;at&gt;Bot&lt;/at&gt;</c> by the
/// mention entities whose <c>mentioned.id</c> is the recipient (fallback <c>&lt;at&gt;name&lt;/at&gt;</c>), and Slack <c>&lt;@U…&gt;</c>.
/// Other people's Teams mentions keep their name.
/// </summary>
public static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var mention in BotMentions(activity))
        {
            text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
        }

        if (activity.Recipient?.Name is { Length: > 0 } name)
        {
            text = text.Replace($"<at>{name}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }

        text = SlackMention().Replace(text, " ");
        text = AtTag().Replace(text, "$1");
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        return Whitespace().Replace(text, " ").Trim();
    }

    private static IEnumerable<string> BotMentions(Activity activity)
    {
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity.ValueKind != JsonValueKind.Object
                || !entity.TryGetProperty("type", out var type) || type.GetString() != "mention"
                || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || id.GetString() != botId)
            {
                continue;
            }

            if (entity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } t)
            {
                yield return t;
            }
            else if (mentioned.TryGetProperty("name", out var name) && name.GetString() is { Length: > 0 } n)
            {
                yield return $"<at>{n}</at>";
            }
        }
    }

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackMention();

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
