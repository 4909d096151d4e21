namespace AllianceBot.Bot.Cards;

/// <summary>
/// A reply before it is rendered for a channel: a title, a lead, the cited facts, "and N more", example questions and
/// buttons (each runs a command, as if typed).
/// </summary>
public sealed record Reply(string Title, string Lead)
{
    public IReadOnlyList<ReplyItem> Items { get; init; } = [];

    /// <summary>How many more facts matched than are shown.</summary>
    public int MoreCount { get; init; }

    /// <summary>Example questions to try.</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>One line for notifications and channels without cards.</summary>
    public string Summary => Lead.Length <= 240 ? $"{Title}: {Lead}" : $"{Title}: {Lead[..239]}…";
}
