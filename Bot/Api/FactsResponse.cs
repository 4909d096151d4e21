using System.Text.Json.Serialization;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Api;

/// <summary>The answer to <c>GET /api/facts</c>: a page of facts and the token of the next page (null at the end).</summary>
public sealed record FactsResponse(
    IReadOnlyList<Fact> Facts,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ContinuationToken);
