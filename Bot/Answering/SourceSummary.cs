namespace AllianceBot.Bot.Answering;

/// <summary>One source article and how many facts came from it.</summary>
public sealed record SourceSummary(string Url, string Title, string Publisher, DateOnly? Published, int FactCount);
