using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Storage;

/// <summary>One page of facts; pass <see cref="ContinuationToken"/> back to get the next, null when there is no more.</summary>
public sealed record FactPage(IReadOnlyList<Fact> Facts, string? ContinuationToken);
