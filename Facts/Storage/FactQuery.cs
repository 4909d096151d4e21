using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// What to look up in the fact table. Every filter is optional; results come newest first.
/// </summary>
public sealed record FactQuery
{
    public FactKind? Kind { get; init; }

    /// <summary>Canonical country or region name.</summary>
    public string? Country { get; init; }

    /// <summary>Speaker's full name, as stored on statements.</summary>
    public string? Speaker { get; init; }

    /// <summary>The source article's URL.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Facts that happened on or after this date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Facts that happened on or before this date.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Facts ingested at or after this instant (for digests).</summary>
    public DateTimeOffset? IngestedSince { get; init; }

    /// <summary>Page size; at most 1,000.</summary>
    public int Top { get; init; } = 50;
}
