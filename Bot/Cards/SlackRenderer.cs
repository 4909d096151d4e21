using System.Text;
using System.Text.Json.Nodes;

namespace AllianceBot.Bot.Cards;

/// <summary>
/// Renders a reply as a full-fidelity Slack message for <c>channelData</c>: mrkdwn <c>text</c> (notifications and
/// fallback) plus Block Kit <c>blocks</c> (see docs/slack.md for why blocks and not legacy attachments).
/// Keeps Slack's limits: ≤ 50 blocks, header ≤ 150 characters, section text ≤ 3,000, button text ≤ 75.
/// </summary>
public static class SlackRenderer
{
    /// <summary>Facts shown at most: two blocks each, within Slack's 50 blocks.</summary>
    public const int MaxItems = 20;

    public static JsonObject Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var blocks = new JsonArray
        {
            new JsonObject { ["type"] = "header", ["text"] = Plain(Cut(reply.Title, 150)) },
            Section(Escape(reply.Lead)),
        };
        foreach (var item in reply.Items.Take(MaxItems))
        {
            blocks.Add(new JsonObject { ["type"] = "divider" });
            blocks.Add(Section(ItemText(item)));
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn(Cut(SourceLine(item), 2000))) });
        }

        var more = reply.MoreCount + Math.Max(0, reply.Items.Count - MaxItems);
        if (more > 0)
        {
            blocks.Add(new JsonObject { ["type"] = "context", ["elements"] = new JsonArray(Mrkdwn($"…and {more} more.")) });
        }

        if (reply.Suggestions.Count > 0)
        {
            blocks.Add(Section("*Try asking:*\n" + string.Join('\n', reply.Suggestions.Select(s => "• " + Escape(s)))));
        }

        if (reply.Buttons.Count > 0)
        {
            blocks.Add(Buttons(reply.Buttons));
        }

        return new JsonObject { ["text"] = FallbackText(reply), ["blocks"] = blocks };
    }

    /// <summary>Slack mrkdwn escaping: only <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are special.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    private static string ItemText(ReplyItem item)
    {
        var text = new StringBuilder("*").Append(Escape(item.Heading)).Append('*');
        if (item.Quote is not null)
        {
            text.Append("\n>“").Append(Escape(item.Quote)).Append('”');
        }

        if (item.Excerpt is not null)
        {
            text.Append("\n_Source text:_ “").Append(Escape(item.Excerpt)).Append('”');
        }

        return text.ToString();
    }

    private static string SourceLine(ReplyItem item) =>
        $"{Escape(item.DateText)} · " + (item.SourceUrl is null ? Escape(item.SourceName) : $"<{item.SourceUrl}|{Escape(item.SourceName).Replace("|", "/", StringComparison.Ordinal)}>");

    private static string FallbackText(Reply reply)
    {
        var text = new StringBuilder("*").Append(Escape(reply.Title)).Append("*\n").Append(Escape(reply.Lead));
        foreach (var item in reply.Items.Take(MaxItems))
        {
            text.Append("\n• ").Append(Escape(item.Heading)).Append(" (").Append(SourceLine(item)).Append(')');
        }

        return Cut(text.ToString(), 3000);
    }

    private static JsonObject Buttons(IReadOnlyList<ReplyButton> buttons) => new()
    {
        ["type"] = "actions",
        ["elements"] = new JsonArray(buttons.Select((b, i) => (JsonNode?)new JsonObject
        {
            ["type"] = "button",
            ["text"] = Plain(Cut(b.Title, 75)),
            ["value"] = b.Command,
            ["action_id"] = $"command-{i}",
        }).ToArray()),
    };

    private static JsonObject Section(string mrkdwn) => new() { ["type"] = "section", ["text"] = Mrkdwn(Cut(mrkdwn, 3000)) };

    private static JsonObject Mrkdwn(string text) => new() { ["type"] = "mrkdwn", ["text"] = text };

    private static JsonObject Plain(string text) => new() { ["type"] = "plain_text", ["text"] = text, ["emoji"] = true };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
