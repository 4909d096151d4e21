using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceBot.Bot.Cards;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// The settings card (Adaptive Card 1.5): time, IANA zone, kinds and countries. "Save" is an <c>Action.Submit</c> whose
/// data is <c>{"command":"settings"}</c>, so the conversation routes it back here with the inputs in <c>value</c>.
/// Channels without cards get a sentence that says how to change the subscription with <c>subscribe …</c>.
/// </summary>
public static class SubscriptionSettingsCard
{
    public const string TimeInput = "digestTime";
    public const string ZoneInput = "digestZone";
    public const string KindsInput = "digestKinds";
    public const string CountriesInput = "digestCountries";

    private static readonly HashSet<string> CardChannels = new(StringComparer.OrdinalIgnoreCase) { "msteams", "emulator", "webchat", "directline" };

    public static Activity Render(Subscription? current, string defaultZone, string? channelId)
    {
        var described = current is { Active: true } ? $"Now: {current.Describe()}." : "This conversation has no digest yet.";
        if (channelId is null || !CardChannels.Contains(channelId))
        {
            return ReplyRenderer.Render(Replies.Notice("Digest settings",
                $"{described} To change it, type for example: subscribe deployments poland at 07:30 Europe/Warsaw"), channelId);
        }

        var card = Card(current, defaultZone, described);
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = "Digest settings",
            Attachments = [new Attachment(AdaptiveCardRenderer.ContentType) { Content = JsonSerializer.SerializeToElement(card) }],
        };
    }

    private static JsonObject Card(Subscription? current, string defaultZone, string described)
    {
        var at = (current?.At ?? SubscriptionCommandParser.DefaultAt).ToString("HH:mm", CultureInfo.InvariantCulture);
        var kinds = string.Join(',', current?.Topics.Kinds.Select(TopicWords.Code) ?? []);
        var choices = new JsonArray(TopicWords.KindsByImportance
            .Select(k => (JsonNode?)new JsonObject { ["title"] = TopicWords.Plural(k), ["value"] = TopicWords.Code(k) }).ToArray());
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Daily digest settings", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = described, ["wrap"] = true },
            new JsonObject { ["type"] = "Input.Time", ["id"] = TimeInput, ["label"] = "Time of day", ["value"] = at, ["isRequired"] = true, ["errorMessage"] = "Pick a time." },
            new JsonObject { ["type"] = "Input.Text", ["id"] = ZoneInput, ["label"] = "Time zone (IANA, e.g. Europe/Warsaw)", ["value"] = current?.TimeZone ?? defaultZone },
            new JsonObject { ["type"] = "Input.ChoiceSet", ["id"] = KindsInput, ["label"] = "Kinds (none = all)", ["isMultiSelect"] = true, ["style"] = "expanded", ["value"] = kinds, ["choices"] = choices },
            new JsonObject { ["type"] = "Input.Text", ["id"] = CountriesInput, ["label"] = "Countries, comma-separated (empty = anywhere)", ["value"] = string.Join(", ", current?.Topics.Countries ?? []) },
        };
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray(
                new JsonObject { ["type"] = "Action.Submit", ["title"] = "Save", ["data"] = new JsonObject { ["command"] = SubscriptionCommandNames.Settings } }),
        };
    }
}
