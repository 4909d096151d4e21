namespace AllianceBot.Facts.Model;

/// <summary>The article a fact was taken from.</summary>
public sealed record FactSource(string Url, string? Title, string? Publisher, DateOnly? Published);
