using Azure.Core;
using Azure.Identity;
using AllianceBot.Bot.Protocol.Authentication;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>The Azure.Identity credential for the bot's identity type (Bot Framework SDK conventions).</summary>
public static class BotCredentialFactory
{
    /// <summary>The tenant multi-tenant bots get their tokens from.</summary>
    public const string MultiTenantAuthority = "botframework.com";

    public static TokenCredential Create(BotIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var appId = options.MicrosoftAppId ?? throw new InvalidOperationException("MicrosoftAppId is not set.");
        return options.AppType switch
        {
            BotAppType.MultiTenant => new ClientSecretCredential(MultiTenantAuthority, appId, options.MicrosoftAppPassword),
            BotAppType.SingleTenant => new ClientSecretCredential(options.MicrosoftAppTenantId, appId, options.MicrosoftAppPassword),
            BotAppType.UserAssignedMSI => new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId)),
            _ => throw new InvalidOperationException($"MicrosoftAppType '{options.MicrosoftAppType}' is not supported."),
        };
    }
}
