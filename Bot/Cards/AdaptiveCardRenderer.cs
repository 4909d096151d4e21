using System.Text.Json.Nodes;

namespace AllianceBot.Bot.Cards;

/// <summary>
/// Renders a reply as an Adaptive Card 1.5 (Teams, Emulator, Web Chat, Direct Line). Buttons are <c>Action.Execute</c>
/// (verb = the command) with an <c>Action.Submit</c> fallback carrying the same <c>{"command": …}</c> data.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject Render(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var body = new JsonArray
        {
            Text(reply.Title, size: "Medium", bold: true),
            Text(reply.Lead),
        };
        foreach (var item in reply.Items)
        {
            body.Add(Item(item));
        }

        if (reply.MoreCount > 0)
        {
            body.Add(Text($"…and {reply.MoreCount} more.", subtle: true));
        }

        if (reply.Suggestions.Count > 0)
        {
            body.Add(Text("Try asking:\r" + string.Join('\r', reply.Suggestions.Select(s => "- " + s)), subtle: true));
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (reply.Buttons.Count > 0)
        {
            card["actions"] = new JsonArray(reply.Buttons.Take(3).Select(Button).ToArray<JsonNode?>());
        }

        return card;
    }

    private static JsonObject Item(ReplyItem item)
    {
        var items = new JsonArray { Text(item.Heading, bold: true) };
        if (item.Quote is not null)
        {
            items.Add(Text($"“{item.Quote}”"));
        }

        if (item.Excerpt is not null)
        {
            items.Add(Text($"Source text: “{item.Excerpt}”", subtle: true, small: true));
        }

        var source = item.SourceUrl is null ? item.SourceName : $"[{Escape(item.SourceName)}]({item.SourceUrl})";
        items.Add(Text($"{item.DateText} · {source}", subtle: true, small: true));
        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["spacing"] = "Medium", ["items"] = items };
    }

    private static JsonObject Button(ReplyButton button)
    {
        JsonObject Data() => new() { ["command"] = button.Command };
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = button.Title,
            ["verb"] = button.Command,
            ["data"] = Data(),
            ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Title, ["data"] = Data() },
        };
    }

    private static JsonObject Text(string text, string? size = null, bool bold = false, bool subtle = false, bool small = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null || small)
        {
            block["size"] = size ?? "Small";
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    private static string Escape(string text) => text.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal);
}
