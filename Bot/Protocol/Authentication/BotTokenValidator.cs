using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// Validates one bearer token by itself: RS256/384/512 signature by a key from its issuer's OpenID metadata (refetched
/// once when the key id is unknown), issuer (channel service, Emulator/Entra v1 and v2, the bot's own tenant),
/// audience = app id, lifetime with <see cref="BotAuthenticator.ClockSkew"/>, and for Emulator tokens the calling app
/// (<c>appid</c> for v1, <c>azp</c> for v2). What depends on the activity is <see cref="BotAuthenticator"/>'s job.
/// </summary>
public sealed class BotTokenValidator(IOptions<BotIdentityOptions> identity, BotSigningKeys keys)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    /// <summary>Checks signature, algorithm, issuer, audience, lifetime and (Emulator tokens) the calling app; null and a reason when any fails.</summary>
    public async Task<(ValidatedToken? Token, string? Failure)> ValidateAsync(string raw, string appId, CancellationToken ct = default)
    {
        if (!handler.CanReadToken(raw))
        {
            return (null, "The bearer token is not a JWT.");
        }

        var token = new JsonWebToken(raw);
        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return (null, $"The token's algorithm '{token.Alg}' is not RS256, RS384 or RS512.");
        }

        if (string.Equals(token.Issuer, BotTokenIssuers.Channel, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(raw, token, appId, ct);
        }

        var issuers = EmulatorIssuers();
        return issuers.Contains(token.Issuer, StringComparer.Ordinal)
            ? await ValidateEmulatorTokenAsync(raw, token, appId, issuers, ct)
            : (null, $"The token's issuer '{token.Issuer}' is not trusted.");
    }

    private async Task<(ValidatedToken? Token, string? Failure)> ValidateChannelTokenAsync(string raw, JsonWebToken token, string appId, CancellationToken ct)
    {
        var result = await ValidateSignedAsync(raw, keys.Channel, [BotTokenIssuers.Channel], appId, ct);
        if (!result.IsValid)
        {
            return (null, Describe(result.Exception));
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        return (new ValidatedToken(true, token.Kid, serviceUrl, token.ValidTo), null);
    }

    private async Task<(ValidatedToken? Token, string? Failure)> ValidateEmulatorTokenAsync(
        string raw, JsonWebToken token, string appId, IReadOnlyList<string> issuers, CancellationToken ct)
    {
        var result = await ValidateSignedAsync(raw, keys.Emulator, issuers, appId, ct);
        if (!result.IsValid)
        {
            return (null, Describe(result.Exception));
        }

        // v1 tokens name the caller's app in 'appid', v2 tokens in 'azp'.
        var version = result.Claims.TryGetValue("ver", out var ver) ? ver as string : null;
        var claimName = version == "2.0" ? "azp" : "appid";
        var caller = result.Claims.TryGetValue(claimName, out var value) ? value as string : null;
        return version is null or "1.0" or "2.0" && string.Equals(caller, appId, StringComparison.Ordinal)
            ? (new ValidatedToken(false, token.Kid, null, token.ValidTo), null)
            : (null, $"The token's '{claimName}' claim is not this bot's app id (token version '{version}').");
    }

    private async Task<TokenValidationResult> ValidateSignedAsync(
        string raw, OpenIdMetadataCache metadata, IReadOnlyList<string> issuers, string audience, CancellationToken ct)
    {
        var configuration = await metadata.GetAsync(ct);
        var result = await handler.ValidateTokenAsync(raw, Parameters(configuration, issuers, audience));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The keys may have rotated: fetch the metadata again (at most every 5 minutes) and retry once.
            configuration = await metadata.RefreshAsync(ct);
            result = await handler.ValidateTokenAsync(raw, Parameters(configuration, issuers, audience));
        }

        return result;
    }

    private static TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IReadOnlyList<string> issuers, string audience) => new()
    {
        ValidIssuers = issuers,
        ValidAudience = audience,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = Algorithms,
        ClockSkew = BotAuthenticator.ClockSkew,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        TryAllIssuerSigningKeys = false,
    };

    private IReadOnlyList<string> EmulatorIssuers()
    {
        var tenant = identity.Value.MicrosoftAppTenantId;
        return string.IsNullOrWhiteSpace(tenant) ? BotTokenIssuers.Emulator : [.. BotTokenIssuers.Emulator, .. BotTokenIssuers.ForTenant(tenant)];
    }

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "The token has expired.",
        SecurityTokenNotYetValidException => "The token is not valid yet.",
        SecurityTokenInvalidAudienceException => "The token's audience is not this bot's app id.",
        SecurityTokenInvalidIssuerException => "The token's issuer is not trusted.",
        SecurityTokenSignatureKeyNotFoundException => "The token is signed with an unknown key.",
        SecurityTokenInvalidSignatureException => "The token's signature is invalid.",
        SecurityTokenInvalidAlgorithmException => "The token's algorithm is not allowed.",
        null => "The token is invalid.",
        _ => "The token is invalid: " + exception.GetType().Name + ".",
    };
}
