namespace AllianceBot.Facts.Model;

/// <summary>A news article to extract facts from: plain text plus what is known of its source.</summary>
public sealed record Article(string Url, string? Title, string? Publisher, DateOnly? Published, string Text);
