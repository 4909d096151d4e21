using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// The facts found for a question, best first (or newest first when time matters), how many matched in all, and
/// whether the words matched nothing so only the question's filters were applied (<see cref="Broadened"/>).
/// </summary>
public sealed record SearchResult(IReadOnlyList<Fact> Facts, int Total, bool Broadened = false)
{
    public static SearchResult Empty { get; } = new([], 0);
}
