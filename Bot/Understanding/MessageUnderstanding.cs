using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot.Understanding;

/// <summary>Reads a message: strips the bot's mention, then recognises a command or parses a question.</summary>
public sealed class MessageUnderstanding(CommandParser commands, QuestionParser questions)
{
    public Intent Understand(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return UnderstandText(MentionStripper.Strip(activity), ZoneOf(activity.LocalTimezone));
    }

    /// <summary>Reads text that has no mentions (e.g. a card button's command).</summary>
    public Intent UnderstandText(string text, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return commands.Parse(text, zone)
            ?? new Intent(IntentKind.Question, text) { Question = questions.Parse(text, zone) };
    }

    /// <summary>The user's time zone from the activity's IANA <c>localTimezone</c>; UTC when absent or unknown.</summary>
    public static TimeZoneInfo ZoneOf(string? ianaName) =>
        ianaName is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var zone) ? zone : TimeZoneInfo.Utc;
}
