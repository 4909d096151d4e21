namespace AllianceBot.Bot.Understanding;

/// <summary>A message understood: its kind, the text without mentions, and what each kind needs.</summary>
public sealed record Intent(IntentKind Kind, string Text)
{
    /// <summary>The subscription command word (one of <c>SubscriptionCommandNames</c>) for <see cref="IntentKind.Subscription"/>.</summary>
    public string? Command { get; init; }

    /// <summary>The text after the command word.</summary>
    public string Arguments { get; init; } = string.Empty;

    /// <summary>The period for <see cref="IntentKind.Latest"/> (<c>what's new since Monday</c>); null means recent facts.</summary>
    public DateRange? Range { get; init; }

    /// <summary>The parsed question for <see cref="IntentKind.Question"/>.</summary>
    public Question? Question { get; init; }
}
