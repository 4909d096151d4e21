namespace AllianceBot.Bot.Cards;

/// <summary>
/// One cited fact: what it says (for statements: who said it), the exact quote for statements (or the source sentence otherwise), its date,
/// and its source with a link.
/// </summary>
public sealed record ReplyItem(string Heading, string DateText, string SourceName, string? SourceUrl)
{
    /// <summary>The exact quote of a statement.</summary>
    public string? Quote { get; init; }

    /// <summary>The sentence of the source the fact came from (facts other than statements).</summary>
    public string? Excerpt { get; init; }
}
