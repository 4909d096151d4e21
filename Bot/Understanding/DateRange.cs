namespace AllianceBot.Bot.Understanding;

/// <summary>An inclusive range of days; either end may be open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To)
{
    public bool Contains(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);
}
