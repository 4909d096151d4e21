using System.Text.Json;

namespace AllianceBot.Bot.Protocol;

/// <summary>A card or file on an activity: <see cref="Content"/> (JSON) or <see cref="ContentUrl"/>, not both.</summary>
public sealed record Attachment(string ContentType)
{
    public JsonElement? Content { get; init; }

    public string? ContentUrl { get; init; }

    public string? Name { get; init; }
}
