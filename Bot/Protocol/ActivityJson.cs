using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceBot.Bot.Protocol;

/// <summary>
/// How activities go on the wire: camelCase, nulls omitted, unknown fields kept (<see cref="Activity.Extra"/>).
/// A missing <c>type</c> deserialises to an activity whose <see cref="Activity.Type"/> is null, so the endpoint can
/// answer 400 naming the field instead of failing inside the serializer.
/// </summary>
public static class ActivityJson
{
    /// <summary>The options for every activity, reference and connector payload (source-generated metadata).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static Activity? Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<Activity>)Options.GetTypeInfo(typeof(Activity)));

    public static byte[] SerializeToUtf8Bytes<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    public static string Serialize<T>(T value) =>
        JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ActivityJsonContext.Default.Options)
        {
            TypeInfoResolver = ActivityJsonContext.Default.WithAddedModifier(NothingRequired),

            // JSON over HTTP, never embedded in HTML: keep '<at>' and quotes readable (Teams matches mention text verbatim).
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }

    // The required members (Activity.Type) are checked by the endpoint with a clear message.
    private static void NothingRequired(JsonTypeInfo info)
    {
        foreach (var property in info.Properties)
        {
            property.IsRequired = false;
        }
    }
}
