using System.Text.RegularExpressions;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// Removes the bot's @mention from a message: Teams <c>&lt;at&gt;Bot&lt;/at&gt;</c> by the mention entities whose
/// <c>mentioned.id</c> is the recipient (the protocol's <see cref="ActivityMentionExtensions.TextWithoutRecipientMention"/>,
/// with the fallback <c>&lt;at&gt;name&lt;/at&gt;</c>), and Slack <c>&lt;@U…&gt;</c> mentions. Other people's Teams mentions keep their name.
/// </summary>
public static partial class MentionStripper
{
    public static string Strip(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.TextWithoutRecipientMention();
        if (activity.Recipient?.Name is { Length: > 0 } name)
        {
            text = text.Replace($"<at>{name}</at>", " ", StringComparison.OrdinalIgnoreCase);
        }

        text = SlackMention().Replace(text, " ");
        text = AtTag().Replace(text, "$1");
        text = text.Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<@[UW][A-Z0-9]+(\|[^>]*)?>")]
    private static partial Regex SlackMention();

    [GeneratedRegex("<at>(.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
