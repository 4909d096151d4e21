namespace AllianceBot.Bot.Api;

/// <summary>The body of every 4xx answer of the fact API: what was wrong, naming the field.</summary>
public sealed record ApiError(string Error);
