using AllianceBot.Facts.Storage;

namespace AllianceBot.Bot.Api;

/// <summary>A parsed <c>GET /api/facts</c>: the table query, the words of <c>q</c>, and the continuation token.</summary>
public sealed record FactsRequest(FactQuery Query, IReadOnlyList<string> Words, string? ContinuationToken);
