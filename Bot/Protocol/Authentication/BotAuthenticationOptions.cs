namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>Where inbound tokens' signing keys come from (section <c>BotAuthentication</c>). Tests point these at a loopback issuer.</summary>
public sealed class BotAuthenticationOptions
{
    public const string Section = "BotAuthentication";

    /// <summary>OpenID metadata of the Bot Framework channel service (tokens issued by <c>https://api.botframework.com</c>).</summary>
    public Uri ChannelOpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>OpenID metadata of Entra ID, for Emulator and single-tenant tokens (v1 and v2 issuers).</summary>
    public Uri EmulatorOpenIdMetadataUrl { get; set; } = new("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration");
}
