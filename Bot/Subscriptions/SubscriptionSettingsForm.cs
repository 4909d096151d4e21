using System.Text.Json;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>Reads the settings card's submitted inputs (from <c>value</c>, or <c>value.action.data</c> of an invoke).</summary>
public static class SubscriptionSettingsForm
{
    /// <summary>True when <paramref name="value"/> carries the card's inputs.</summary>
    public static bool TryGetInputs(JsonElement? value, out JsonElement inputs)
    {
        inputs = default;
        if (value is not { ValueKind: JsonValueKind.Object } v)
        {
            return false;
        }

        if (v.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
            && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            v = data;
        }

        inputs = v;
        return v.TryGetProperty(SubscriptionSettingsCard.TimeInput, out _) || v.TryGetProperty(SubscriptionSettingsCard.ZoneInput, out _);
    }

    /// <summary>Validates the inputs; the error names the field that was wrong.</summary>
    public static SubscriptionParseResult Parse(JsonElement inputs, string fallbackZone)
    {
        var (at, timeError) = SubscriptionCommandParser.ParseTime(Text(inputs, SubscriptionSettingsCard.TimeInput) ?? "08:00");
        if (timeError is not null)
        {
            return SubscriptionParseResult.Fail(timeError);
        }

        var (zone, zoneError) = SubscriptionCommandParser.ParseZone(Text(inputs, SubscriptionSettingsCard.ZoneInput) ?? fallbackZone);
        if (zoneError is not null)
        {
            return SubscriptionParseResult.Fail(zoneError);
        }

        var kinds = new List<FactKind>();
        foreach (var code in Split(Text(inputs, SubscriptionSettingsCard.KindsInput)))
        {
            if (!TopicWords.TryKind(code, out var kind))
            {
                return SubscriptionParseResult.Fail($"\"{code}\" is not a kind of fact.");
            }

            kinds.Add(kind);
        }

        var countries = new List<string>();
        foreach (var name in Split(Text(inputs, SubscriptionSettingsCard.CountriesInput)))
        {
            countries.Add(TopicWords.Country(name) ?? string.Empty);
            if (countries[^1].Length == 0)
            {
                return SubscriptionParseResult.Fail($"I don't know the country \"{name}\".");
            }
        }

        var topics = new SubscriptionTopics(kinds.Distinct().ToList(), countries.Distinct().ToList());
        return SubscriptionParseResult.Ok(new SubscriptionRequest(topics, at!.Value, zone!.Id));
    }

    private static string? Text(JsonElement inputs, string name) =>
        inputs.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s.Trim() : null;

    private static string[] Split(string? text) =>
        text?.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
