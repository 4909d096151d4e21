namespace AllianceBot.Facts.Storage;

/// <summary>An ingested article: its id (from the URL), URL, hash of its text, what is known of it, and how many facts it gave.</summary>
public sealed record ArticleRecord(
    string ArticleId,
    string Url,
    string ContentHash,
    string? Title,
    string? Publisher,
    DateOnly? Published,
    int FactCount,
    DateTimeOffset IngestedAt);
