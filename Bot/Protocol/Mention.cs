using System.Text.Json;

namespace AllianceBot.Bot.Protocol;

/// <summary>
/// A <c>mention</c> entity: <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;Name&lt;/at&gt;"}</c>.
/// Teams shows a mention only when <see cref="Text"/> appears verbatim in the activity's text.
/// </summary>
public sealed record Mention(ChannelAccount Mentioned, string Text)
{
    public const string EntityType = "mention";

    /// <summary>The entity's <c>type</c>; always <see cref="EntityType"/>.</summary>
    public string Type => EntityType;

    /// <summary>A mention of <paramref name="account"/> written as <c>&lt;at&gt;Name&lt;/at&gt;</c>.</summary>
    public static Mention Of(ChannelAccount account) => new(account, $"<at>{account.Name ?? account.Id}</at>");

    /// <summary>The entity as JSON, ready for <see cref="Activity.Entities"/>.</summary>
    public JsonElement ToEntity() => JsonSerializer.SerializeToElement(this, ActivityJson.Options);

    /// <summary>Reads a <c>mention</c> entity; null for other entity types or one without <c>mentioned.id</c>.</summary>
    public static Mention? FromEntity(JsonElement entity)
    {
        if (entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type)
            || !string.Equals(type.GetString(), EntityType, StringComparison.OrdinalIgnoreCase)
            || !entity.TryGetProperty("mentioned", out var mentioned)
            || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id)
            || id.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var name = mentioned.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var text = entity.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new Mention(new ChannelAccount(id.GetString()!, name), text ?? $"<at>{name}</at>");
    }
}
