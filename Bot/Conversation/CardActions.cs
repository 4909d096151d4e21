using System.Text.Json;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Conversation;

/// <summary>
/// Reads the command a button press carries: Adaptive Card <c>Action.Submit</c> data (<c>value.command</c>),
/// <c>Action.Execute</c> invokes (<c>value.action.verb</c> or its <c>data.command</c>), and Slack button clicks forwarded
/// by Azure Bot Service (<c>channelData.payload.actions[0].value</c>, raw or inside <c>SlackMessage</c>).
/// </summary>
public static class CardActions
{
    /// <summary>The command of a card submit or Slack button click on a message, or null when it is a typed message.</summary>
    public static string? SubmittedCommand(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is { ValueKind: JsonValueKind.Object } value && Text(value, "command") is { } command)
        {
            return command;
        }

        if (activity.ChannelData is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        return SlackAction(data)
            ?? (data.TryGetProperty("SlackMessage", out var slack) && slack.ValueKind == JsonValueKind.Object ? SlackAction(slack) : null);
    }

    /// <summary>The command of an <c>adaptiveCard/action</c> invoke, or null when it has none.</summary>
    public static string? ExecutedCommand(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? Text(data, "command") : null)
            ?? Text(action, "verb");
    }

    private static string? SlackAction(JsonElement container)
    {
        if (!container.TryGetProperty("payload", out var payload))
        {
            return null;
        }

        if (payload.ValueKind == JsonValueKind.String)
        {
            try
            {
                using var parsed = JsonDocument.Parse(payload.GetString()!);
                return FirstActionValue(parsed.RootElement);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return FirstActionValue(payload);
    }

    private static string? FirstActionValue(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("actions", out var actions)
        && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0 && actions[0].ValueKind == JsonValueKind.Object
            ? Text(actions[0], "value")
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;
}
