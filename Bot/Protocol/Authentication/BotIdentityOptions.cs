namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// The bot's identity, read from the top-level configuration keys Azure Bot and the Bot Framework SDK use
/// (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>, <c>MicrosoftAppTenantId</c>, <c>MicrosoftAppPassword</c>).
/// No app id means authentication is off — allowed only in the Development environment (see <see cref="BotIdentityOptionsValidator"/>).
/// </summary>
public sealed class BotIdentityOptions
{
    /// <summary>The Entra app (client) id of the bot; the audience of inbound tokens. Default: none.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's tenant; required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>The client secret; required for MultiTenant and SingleTenant.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public bool HasAppId => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed <see cref="MicrosoftAppType"/>; null when the value is not one of the three.</summary>
    public BotAppType? AppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType) ? BotAppType.MultiTenant
        : Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type
        : null;
}
