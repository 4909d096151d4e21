using System.ComponentModel.DataAnnotations;

namespace AllianceBot.Bot.Digests;

/// <summary>Send rate ceilings (Teams: 50 per second per app per tenant, 7 per second per conversation).</summary>
public sealed class DigestPacingOptions
{
    [Range(0.1, 10_000)]
    public double TenantSendsPerSecond { get; set; } = 50;

    [Range(0.1, 1_000)]
    public double ConversationSendsPerSecond { get; set; } = 7;
}
