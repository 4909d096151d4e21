using System.Globalization;
using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// Reads the words after <c>subscribe</c>: kinds ("deployments", "article 5"), countries ("poland", "united kingdom"),
/// a time ("at 07:30", "at 7pm") and an IANA zone ("Europe/Warsaw", "UTC"). Unspecified parts take the defaults:
/// daily at 08:00, in the zone the client reported (else UTC), all kinds, anywhere.
/// </summary>
public sealed partial class SubscriptionCommandParser
{
    public static readonly TimeOnly DefaultAt = new(8, 0);

    private static readonly HashSet<string> Filler = new(StringComparer.OrdinalIgnoreCase)
    {
        "daily", "every", "day", "each", "morning", "me", "to", "about", "on", "in", "for", "and", "news", "of", "the",
        "all", "digest", "please", "time", "zone", "timezone",
    };

    public SubscriptionParseResult Parse(string? arguments, string? clientTimeZone)
    {
        var words = Words().Matches(arguments ?? string.Empty).Select(m => m.Value).ToList();
        var kinds = new List<FactKind>();
        var countries = new List<string>();
        TimeOnly? at = null;
        TimeZoneInfo? zone = null;
        for (var i = 0; i < words.Count; i++)
        {
            var error = Read(words, ref i, kinds, countries, ref at, ref zone);
            if (error is not null)
            {
                return SubscriptionParseResult.Fail(error);
            }
        }

        zone ??= TimeZoneNames.Find(clientTimeZone) ?? TimeZoneInfo.Utc;
        var topics = new SubscriptionTopics(kinds.Distinct().ToList(), countries.Distinct().ToList());
        return SubscriptionParseResult.Ok(new SubscriptionRequest(topics, at ?? DefaultAt, zone.Id));
    }

    /// <summary>"07:30", "7", "7pm", "7:30 am", "19.30" → a time of day, or an error sentence.</summary>
    public static (TimeOnly? At, string? Error) ParseTime(string text)
    {
        var match = TimePattern().Match(text.Trim());
        if (!match.Success)
        {
            return (null, $"I could not read \"{text}\" as a time: write it like 07:30 or 7pm.");
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var half = match.Groups["ampm"].Value.ToLowerInvariant();
        if (half.Length > 0 && hour is < 1 or > 12)
        {
            return (null, $"\"{text}\" is not a time of day: with am/pm the hour goes from 1 to 12.");
        }

        hour = half switch { "am" => hour % 12, "pm" => hour % 12 + 12, _ => hour };
        return hour > 23 || minute > 59
            ? (null, $"\"{text}\" is not a time of day: use 00:00 to 23:59.")
            : (new TimeOnly(hour, minute), null);
    }

    /// <summary>An IANA zone, or an error sentence that names the zone.</summary>
    public static (TimeZoneInfo? Zone, string? Error) ParseZone(string text) =>
        TimeZoneNames.Find(text) is { } zone
            ? (zone, null)
            : (null, $"I don't know the time zone \"{text}\": use an IANA name such as Europe/Warsaw, America/New_York or UTC.");

    private static string? Read(List<string> words, ref int i, List<FactKind> kinds, List<string> countries, ref TimeOnly? at, ref TimeZoneInfo? zone)
    {
        var word = words[i];
        var next = i + 1 < words.Count ? words[i + 1] : null;
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase) && next is not null)
        {
            i++;
            var text = i + 1 < words.Count && words[i + 1] is "am" or "pm" or "AM" or "PM" ? words[i] + words[++i] : words[i];
            var (time, error) = ParseTime(text);
            at = time;
            return error;
        }

        if (TimePattern().IsMatch(word) && char.IsDigit(word[0]))
        {
            (at, var error) = ParseTime(word);
            return error;
        }

        if (word.Contains('/', StringComparison.Ordinal) || word.Equals("utc", StringComparison.OrdinalIgnoreCase) || word.Equals("gmt", StringComparison.OrdinalIgnoreCase))
        {
            (zone, var error) = ParseZone(word);
            return error;
        }

        return ReadTopic(words, ref i, kinds, countries);
    }

    private static string? ReadTopic(List<string> words, ref int i, List<FactKind> kinds, List<string> countries)
    {
        var word = words[i];
        var pair = i + 1 < words.Count ? word + " " + words[i + 1] : null;
        if (pair is not null && TopicWords.TryKind(pair, out var pairKind))
        {
            kinds.Add(pairKind);
            i++;
        }
        else if (TopicWords.TryKind(word, out var kind))
        {
            kinds.Add(kind);
        }
        else if (pair is not null && TopicWords.Country(pair) is { } pairCountry)
        {
            countries.Add(pairCountry);
            i++;
        }
        else if (TopicWords.Country(word) is { } country)
        {
            countries.Add(country);
        }
        else if (!Filler.Contains(word))
        {
            return $"I don't know \"{word}\": subscribe to kinds (article 5, article 4, deployments, decisions, statements, events), " +
                "countries (Poland, Lithuania, …), a time (at 07:30) and a time zone (Europe/Warsaw).";
        }

        return null;
    }

    [GeneratedRegex(@"[^\s,;]+")]
    private static partial Regex Words();

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.h](?<m>\d{2}))?\s*(?<ampm>am|pm)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();
}
