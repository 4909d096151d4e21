using System.Text.RegularExpressions;
using AllianceBot.Bot.Subscriptions;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// Recognises the command words: <c>help</c>, <c>latest</c> / <c>what's new [since …]</c>, <c>sources</c>, and the
/// subscription commands (<c>subscribe …</c>, <c>unsubscribe</c>, <c>settings</c>, <c>digest now</c>). Anything else is a question.
/// </summary>
public sealed partial class CommandParser(TimePhraseParser timePhrases)
{
    /// <summary>The command in <paramref name="text"/> (mentions already stripped), or null when it is a question.</summary>
    public Intent? Parse(string text, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normal = Trailing().Replace(text.Trim().TrimStart('/'), string.Empty).Trim();
        if (normal.Length == 0)
        {
            return new Intent(IntentKind.Empty, text);
        }

        if (Help().IsMatch(normal))
        {
            return new Intent(IntentKind.Help, text);
        }

        if (Sources().IsMatch(normal))
        {
            return new Intent(IntentKind.Sources, text);
        }

        return Subscription(normal, text) ?? Latest(normal, text, zone);
    }

    private static Intent? Subscription(string normal, string text)
    {
        foreach (var command in SubscriptionCommandNames.All)
        {
            if (normal.Equals(command, StringComparison.OrdinalIgnoreCase)
                || normal.StartsWith(command + " ", StringComparison.OrdinalIgnoreCase))
            {
                return new Intent(IntentKind.Subscription, text) { Command = command, Arguments = normal[command.Length..].Trim() };
            }
        }

        return null;
    }

    private Intent? Latest(string normal, string text, TimeZoneInfo? zone)
    {
        var match = LatestWords().Match(normal);
        if (!match.Success)
        {
            return null;
        }

        var rest = normal[match.Length..].Trim();
        if (rest.Length == 0)
        {
            return new Intent(IntentKind.Latest, text);
        }

        var phrase = timePhrases.Find(rest, zone);
        return phrase is not null && phrase.RemoveFrom(rest).Length == 0
            ? new Intent(IntentKind.Latest, text) { Range = phrase.Range }
            : null;
    }

    [GeneratedRegex(@"[\s?!.]+$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(help|\?|commands|hi|hello|hey|start|what can you do)$", RegexOptions.IgnoreCase)]
    private static partial Regex Help();

    [GeneratedRegex(@"^(sources|list sources|show sources)$", RegexOptions.IgnoreCase)]
    private static partial Regex Sources();

    [GeneratedRegex(@"^(latest|news|latest news|what'?s new|what’s new|what is new|anything new)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LatestWords();
}
