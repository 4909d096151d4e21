using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Api;

/// <summary>The answer to <c>POST /api/articles</c>.</summary>
public sealed record ArticleResponse(string ArticleId, IReadOnlyList<Fact> Facts);
