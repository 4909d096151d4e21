namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>The bot identity kinds Azure Bot supports (<c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>App id + password; tokens from the <c>botframework.com</c> tenant. Default.</summary>
    MultiTenant,

    /// <summary>App id + password + tenant id; tokens from the bot's tenant.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity (its client id is the app id) + tenant id; no password.</summary>
    UserAssignedMSI,
}
