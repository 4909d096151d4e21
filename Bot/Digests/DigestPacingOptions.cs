using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Digests;

/// <summary>Send rate ceilings (Teams: 50 per second per app per tenant, 7 per second per conversation).</summary>
public sealed class DigestPacingOptions
{
    [Range(1, 10_000)]
    public int TenantSendsPerSecond { get; set; } = 50;

    [Range(1, 1_000)]
    public int ConversationSendsPerSecond { get; set; } = 7;

    /// <summary>Added to the one-second window, so sends that leave on time but arrive late still fit the channel's second.</summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(50);
}
