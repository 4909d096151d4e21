using AllianceBot.Bot.Protocol.Connector;
using Azure.Core;
using Microsoft.IdentityModel.Tokens;

namespace AllianceBot.Testing;

/// <summary>
/// A stand-in for Entra ID (which cannot run here): hands the bot tokens for the Bot Connector scope, signed by the
/// <see cref="LoopbackIssuer"/>, valid for an hour. Counts requests so tests can see the bot caches its token.
/// </summary>
public sealed class LoopbackTokenCredential(LoopbackIssuer issuer) : TokenCredential
{
    private int requests;

    public int Requests => Volatile.Read(ref requests);

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        if (!requestContext.Scopes.Contains(BotTokenProvider.Scope))
        {
            throw new ArgumentException($"Unexpected scopes: {string.Join(' ', requestContext.Scopes)}", nameof(requestContext));
        }

        Interlocked.Increment(ref requests);
        var descriptor = LoopbackIssuer.Descriptor("https://login.microsoftonline.com/botframework.com/v2.0", "https://api.botframework.com", issuer.ChannelKey);
        return new AccessToken(LoopbackIssuer.Sign(descriptor), new DateTimeOffset(descriptor.Expires!.Value, TimeSpan.Zero));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
