using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// Authenticates an inbound activity as the Bot Framework specifies: a <c>Bearer</c> token that
/// <see cref="BotTokenValidator"/> accepts (cached by its text until it expires), and for channel tokens the signing key's
/// endorsement of the activity's channel and a <c>serviceurl</c> claim equal to the activity's serviceUrl. With no app
/// id configured (Development only) requests without a token are accepted.
/// </summary>
public sealed class BotAuthenticator(
    IOptions<BotIdentityOptions> identity,
    BotTokenValidator validator,
    BotSigningKeys keys,
    ValidatedTokenCache validated,
    ILogger<BotAuthenticator> logger)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

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
            var (checkedToken, failure) = await validator.ValidateAsync(raw, appId, ct);
            if (checkedToken is null)
            {
                return AuthenticationResult.Fail(failure!);
            }

            validated.Add(raw, checkedToken);
            token = checkedToken;
        }

        return token.IsChannelToken ? await CheckChannelActivityAsync(token, activity, ct) : AuthenticationResult.Authenticated;
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

    private AuthenticationResult Anonymous()
    {
        if (Interlocked.Exchange(ref warnedAnonymous, 1) == 0)
        {
            Log.AuthenticationDisabled(logger);
        }

        return AuthenticationResult.Anonymous;
    }
}
