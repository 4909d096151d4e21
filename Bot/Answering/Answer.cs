using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// An answer: a lead sentence grounded in the facts (yes/no first for yes/no questions), the facts that support it
/// (best or newest first), how many more matched, and, when nothing matched, questions that would work.
/// </summary>
public sealed record Answer(string Lead, IReadOnlyList<Fact> Facts)
{
    public int MoreCount { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public bool Found => Facts.Count > 0;
}
