using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// Checked when the host starts: outside Development an app id is required (so no deployment accepts unauthenticated
/// activities and posts to whatever serviceUrl they name), and each identity type has the settings it needs.
/// </summary>
public sealed class BotIdentityOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotIdentityOptions>
{
    public ValidateOptionsResult Validate(string? name, BotIdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasAppId)
        {
            return environment.IsDevelopment()
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(
                    $"MicrosoftAppId is not set and the environment is '{environment.EnvironmentName}': without it /api/messages "
                    + "would accept unauthenticated activities. Set MicrosoftAppId (and MicrosoftAppType, MicrosoftAppTenantId, "
                    + "MicrosoftAppPassword), or run in the Development environment for local testing.");
        }

        return options.AppType switch
        {
            null => ValidateOptionsResult.Fail(
                $"MicrosoftAppType '{options.MicrosoftAppType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI."),
            BotAppType.MultiTenant when string.IsNullOrEmpty(options.MicrosoftAppPassword) =>
                ValidateOptionsResult.Fail("MicrosoftAppPassword is required for MicrosoftAppType MultiTenant."),
            BotAppType.SingleTenant when string.IsNullOrEmpty(options.MicrosoftAppPassword) || string.IsNullOrEmpty(options.MicrosoftAppTenantId) =>
                ValidateOptionsResult.Fail("MicrosoftAppPassword and MicrosoftAppTenantId are required for MicrosoftAppType SingleTenant."),
            BotAppType.UserAssignedMSI when string.IsNullOrEmpty(options.MicrosoftAppTenantId) =>
                ValidateOptionsResult.Fail("MicrosoftAppTenantId is required for MicrosoftAppType UserAssignedMSI."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
