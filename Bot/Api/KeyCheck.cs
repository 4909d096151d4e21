namespace AllianceBot.Bot.Api;

/// <summary>Who checks the <c>x-functions-key</c> of a fact API call.</summary>
public enum KeyCheck
{
    /// <summary>The handler checks it against <c>Api:AdminKey</c> (the Bot host).</summary>
    Handler,

    /// <summary>The host already did (Azure Functions with <c>AuthorizationLevel.Function</c>); the handler trusts the call.</summary>
    Host,
}
