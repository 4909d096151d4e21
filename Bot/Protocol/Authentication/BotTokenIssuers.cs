namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>The issuers the Bot Framework accepts (botbuilder <c>AuthenticationConstants</c>, public cloud and US Gov Emulator).</summary>
public static class BotTokenIssuers
{
    /// <summary>The Bot Framework channel service (Teams, Slack, Web Chat via Azure Bot Service).</summary>
    public const string Channel = "https://api.botframework.com";

    /// <summary>Emulator and Entra issuers, v1 (<c>sts.windows.net</c>) and v2 (<c>login.microsoftonline.*</c>) forms.</summary>
    public static IReadOnlyList<string> Emulator { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>The issuers of the bot's own tenant (single-tenant and managed-identity bots), v1 and v2 forms.</summary>
    public static IReadOnlyList<string> ForTenant(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
