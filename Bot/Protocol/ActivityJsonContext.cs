using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Bot.Protocol;

/// <summary>Source-generated serialisation metadata for the protocol's wire types; use <see cref="ActivityJson.Options"/>.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = false)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(ErrorBody))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class ActivityJsonContext : JsonSerializerContext;
