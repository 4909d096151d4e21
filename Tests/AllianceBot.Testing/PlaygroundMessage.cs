using System.Text.Json;

namespace AllianceBot.Testing;

/// <summary>
/// A bot message as the Playground's web UI receives it (a <c>createMessage</c> or <c>updateMessage</c> frame of
/// <c>/_ws_conversation/v1/conversations/stream</c>). <see cref="Raw"/> is the whole frame.
/// </summary>
public sealed record PlaygroundMessage(
    string Action,
    string? ConversationId,
    string? MessageId,
    string? Text,
    string? TextFormat,
    IReadOnlyList<JsonElement> Attachments,
    JsonElement Raw)
{
    internal static PlaygroundMessage FromFrame(JsonElement frame)
    {
        var message = frame.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.Object ? m : default;
        return new PlaygroundMessage(
            String(frame, "action") ?? string.Empty,
            String(frame, "actionConversationId"),
            String(message, "messageId"),
            String(message, "text"),
            String(message, "textFormat"),
            message.ValueKind == JsonValueKind.Object && message.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array
                ? [.. a.EnumerateArray()]
                : [],
            frame);
    }

    private static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
