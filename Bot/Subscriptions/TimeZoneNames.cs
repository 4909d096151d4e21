namespace AllianceBot.Bot.Subscriptions;

/// <summary>Resolves IANA zone names as users type them ("europe/warsaw", "UTC") to the system's zone.</summary>
public static class TimeZoneNames
{
    public static TimeZoneInfo? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var candidate in new[] { name.Trim(), Capitalize(name.Trim()) })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(candidate, out var zone))
            {
                return zone;
            }
        }

        return null;
    }

    /// <summary>"america/new_york" → "America/New_York"; "utc" → "UTC".</summary>
    private static string Capitalize(string name)
    {
        if (name.Length <= 3)
        {
            return name.ToUpperInvariant();
        }

        var chars = name.ToLowerInvariant().ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (i == 0 || chars[i - 1] is '/' or '_' or '-')
            {
                chars[i] = char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }
}
