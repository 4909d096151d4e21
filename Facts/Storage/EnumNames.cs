using System.Text.Json;

namespace AllianceBot.Facts.Storage;

/// <summary>Enum values in the snake case the API uses (<c>article4_request</c>, <c>not_invoked</c>), both ways.</summary>
public static class EnumNames
{
    public static string Of<T>(T value) where T : struct, Enum =>
        JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    /// <summary>Parses a snake-case (or PascalCase) name, ignoring case; false for anything else, numbers included.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(Of(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not a {typeof(T).Name}.");
}
