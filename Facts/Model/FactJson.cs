using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceBot.Facts.Model;

/// <summary>The JSON form of facts on every API: camelCase fields, snake_case enum values, nulls left out.</summary>
public static class FactJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
