using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// Validates the bearer token of an inbound activity as the Bot Framework specifies: RS256/384/512 signature by a key
/// from the issuer's OpenID metadata, issuer, audience = app id, lifetime with 5 minutes' skew, and for channel tokens
/// the key's endorsement of the activity's channel and the <c>serviceurl</c> claim. With no app id configured
/// (Development only) requests without a token are accepted.
/// </summary>
public sealed class BotAuthenticator(
    IOptions<BotIdentityOptions> identity,
    BotSigningKeys keys,
    ValidatedTokenCache validated,
    ILogger<BotAuthenticator> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };
    private int warnedAnonymous;

    public async Task<AuthenticationResult> AuthenticateAsync(string? authorization, Activity activity, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var appId = identity.Value.MicrosoftAppId;
        if (string.IsNullOrEmpty(authorization))
        {
            return string.IsNullOrWhiteSpace(appId) ? Anonymous() : AuthenticationResult.Fail("No Authorization header.");
        }

        if (string.IsNullOrWhiteSpace(appId))
        {
            return AuthenticationResult.Fail("A token was sent but no MicrosoftAppId is configured to validate it against.");
        }

        var parts = authorization.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail("The Authorization header is not 'Bearer <token>'.");
        }

        return await ValidateTokenAsync(parts[1], appId, activity, ct);
    }

    private async Task<AuthenticationResult> ValidateTokenAsync(string raw, string appId, Activity activity, CancellationToken ct)
    {
        if (!validated.TryGet(raw, out var token))
        {
            var (checkedToken, failure) = await ValidateSignatureAndClaimsAsync(raw, appId, ct);
            if (checkedToken is null)
            {
                return AuthenticationResult.Fail(failure!);
            }

            validated.Add(raw, checkedToken);
            token = checkedToken;
        }

        return token.IsChannelToken ? await CheckChannelActivityAsync(token, activity, ct) : AuthenticationResult.Authenticated;
    }

    private async Task<(ValidatedToken? Token, string? Failure)> ValidateSignatureAndClaimsAsync(string raw, string appId, CancellationToken ct)
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

    private async Task<AuthenticationResult> CheckChannelActivityAsync(ValidatedToken token, Activity activity, CancellationToken ct)
    {
        var endorsements = BotSigningKeys.Endorsements(await keys.Channel.GetAsync(ct), token.KeyId);
        if (endorsements is null)
        {
            return AuthenticationResult.Fail("The token's signing key is no longer published.");
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && !endorsements.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return AuthenticationResult.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        return string.Equals(token.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? AuthenticationResult.Authenticated
            : AuthenticationResult.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
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
        ClockSkew = ClockSkew,
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

    private AuthenticationResult Anonymous()
    {
        if (Interlocked.Exchange(ref warnedAnonymous, 1) == 0)
        {
            Log.AuthenticationDisabled(logger);
        }

        return AuthenticationResult.Anonymous;
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
