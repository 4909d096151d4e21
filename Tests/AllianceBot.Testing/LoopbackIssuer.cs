using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AllianceBot.Bot.Protocol.Authentication;
using AllianceBot.Bot.Protocol.Connector;
using Azure.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Testing;

/// <summary>
/// A real OpenID issuer on loopback that plays the Bot Framework channel service and Entra ID: it serves OpenID metadata
/// and JWKS documents (channel keys carry <c>endorsements</c>) and signs tokens with its own RSA keys. Point the bot at it
/// with <see cref="Settings"/>; <see cref="AddConnectorCredential"/> replaces Entra for the bot's outbound token.
/// </summary>
public sealed class LoopbackIssuer : IAsyncDisposable
{
    public const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private static readonly string[] SigningAlgorithms = ["RS256"];
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, (RsaSecurityKey Key, string[]? Endorsements)> channelKeys = new();
    private int metadataRequests;

    private LoopbackIssuer(WebApplication app) => this.app = app;

    public Uri Address { get; private set; } = null!;

    public Uri ChannelMetadataUrl => new(Address, "channel/v1/.well-known/openidconfiguration");

    public Uri EmulatorMetadataUrl => new(Address, "common/v2.0/.well-known/openid-configuration");

    /// <summary>Channel key endorsed for msteams, emulator, slack, webchat and directline.</summary>
    public RsaSecurityKey ChannelKey { get; } = NewKey("channel-key");

    /// <summary>Channel key endorsed for slack only.</summary>
    public RsaSecurityKey SlackOnlyKey { get; } = NewKey("slack-only-key");

    /// <summary>Entra (Emulator) key, no endorsements.</summary>
    public RsaSecurityKey EmulatorKey { get; } = NewKey("emulator-key");

    /// <summary>How many metadata or key documents were served (caching shows as a small number).</summary>
    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public static async Task<LoopbackIssuer> StartAsync()
    {
        var builder = Loopback.CreateBuilder();
        var app = builder.Build();
        var issuer = new LoopbackIssuer(app);
        issuer.Publish(issuer.ChannelKey, "msteams", "emulator", "slack", "webchat", "directline");
        issuer.Publish(issuer.SlackOnlyKey, "slack");
        app.MapGet("/channel/v1/.well-known/openidconfiguration", issuer.ChannelMetadata);
        app.MapGet("/channel/v1/keys", issuer.ChannelKeys);
        app.MapGet("/common/v2.0/.well-known/openid-configuration", issuer.EmulatorMetadata);
        app.MapGet("/common/discovery/v2.0/keys", issuer.EmulatorKeys);
        await app.StartAsync();
        issuer.Address = Loopback.AddressOf(app);
        return issuer;
    }

    /// <summary>A new RSA key with id <paramref name="kid"/> (not published until <see cref="Publish"/>).</summary>
    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    /// <summary>Adds (or re-endorses) a key in the channel JWKS, e.g. to rotate keys.</summary>
    public void Publish(RsaSecurityKey key, params string[] endorsements)
    {
        ArgumentNullException.ThrowIfNull(key);
        channelKeys[key.KeyId] = (key, endorsements);
    }

    /// <summary>Bot settings for authentication against this issuer (app id, metadata URLs; a password that is never used).</summary>
    public Dictionary<string, string?> Settings(string appId, string? tenantId = null) => new()
    {
        ["MicrosoftAppId"] = appId,
        ["MicrosoftAppType"] = tenantId is null ? "MultiTenant" : "SingleTenant",
        ["MicrosoftAppTenantId"] = tenantId,
        ["MicrosoftAppPassword"] = "unused: the loopback issuer's credential replaces Entra",
        ["BotAuthentication:ChannelOpenIdMetadataUrl"] = ChannelMetadataUrl.AbsoluteUri,
        ["BotAuthentication:EmulatorOpenIdMetadataUrl"] = EmulatorMetadataUrl.AbsoluteUri,
    };

    /// <summary>
    /// Gives the bot an outbound credential that mints tokens signed by this issuer (audience the Bot Connector),
    /// standing in for Entra, which cannot run here. Returns it so tests can count token requests.
    /// </summary>
    public LoopbackTokenCredential AddConnectorCredential(IServiceCollection services)
    {
        var credential = new LoopbackTokenCredential(this);
        services.AddKeyedSingleton<TokenCredential>(BotTokenProvider.CredentialKey, credential);
        return credential;
    }

    /// <summary>A channel-service token as Azure Bot Service sends it: issuer api.botframework.com, audience the app id, <c>serviceurl</c> claim.</summary>
    public string CreateChannelToken(string appId, string? serviceUrl, Action<SecurityTokenDescriptor>? adjust = null, RsaSecurityKey? key = null)
    {
        var descriptor = Descriptor(BotTokenIssuers.Channel, appId, key ?? ChannelKey);
        if (serviceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = serviceUrl;
        }

        adjust?.Invoke(descriptor);
        return Sign(descriptor);
    }

    /// <summary>An Emulator/Entra token: v1 (<c>sts.windows.net</c> issuer, <c>appid</c>) or v2 (<c>login.microsoftonline.com</c>, <c>azp</c>).</summary>
    public string CreateEmulatorToken(string appId, string version = "1.0", string tenant = EmulatorTenant, Action<SecurityTokenDescriptor>? adjust = null)
    {
        var issuer = version == "2.0" ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/";
        var descriptor = Descriptor(issuer, appId, EmulatorKey);
        descriptor.Claims["ver"] = version;
        descriptor.Claims[version == "2.0" ? "azp" : "appid"] = appId;
        adjust?.Invoke(descriptor);
        return Sign(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with otherwise valid channel claims.</summary>
    public static string CreateUnsignedToken(string appId, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = Base64UrlEncoder.Encode(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["iss"] = BotTokenIssuers.Channel, ["aud"] = appId, ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60, ["iat"] = now - 60, ["exp"] = now + 3600,
        }));
        return $"{header}.{payload}.";
    }

    public static string Sign(SecurityTokenDescriptor descriptor) => new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    internal static SecurityTokenDescriptor Descriptor(string issuer, string audience, RsaSecurityKey key)
    {
        var now = DateTime.UtcNow;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        };
    }

    private IResult ChannelMetadata() => Metadata(BotTokenIssuers.Channel, "channel/v1/keys");

    private IResult EmulatorMetadata() => Metadata($"https://login.microsoftonline.com/{EmulatorTenant}/v2.0", "common/discovery/v2.0/keys");

    private IResult Metadata(string issuer, string keys)
    {
        Interlocked.Increment(ref metadataRequests);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = new Uri(Address, keys).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
        });
    }

    private IResult ChannelKeys() => Keys(channelKeys.Values);

    private IResult EmulatorKeys() => Keys([(EmulatorKey, null)]);

    private IResult Keys(IEnumerable<(RsaSecurityKey Key, string[]? Endorsements)> keys)
    {
        Interlocked.Increment(ref metadataRequests);
        var json = keys.Select(k =>
        {
            var parameters = k.Key.Rsa.ExportParameters(false);
            var jwk = new Dictionary<string, object>
            {
                ["kty"] = "RSA", ["use"] = "sig", ["kid"] = k.Key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
            };
            if (k.Endorsements is not null)
            {
                jwk["endorsements"] = k.Endorsements;
            }

            return jwk;
        });
        return Results.Json(new { keys = json.ToList() });
    }
}
