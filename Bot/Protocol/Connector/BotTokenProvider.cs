using Azure.Core;
using AllianceBot.Bot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Protocol.Connector;

/// <summary>
/// The bot's outbound token for the Bot Connector (scope <c>https://api.botframework.com/.default</c>), cached until
/// five minutes before it expires. No app id configured: no token. The credential is the keyed service
/// <see cref="CredentialKey"/> (by default from <see cref="BotCredentialFactory"/>).
/// </summary>
public sealed class BotTokenProvider(IOptions<BotIdentityOptions> identity, IServiceProvider services, TimeProvider time) : IDisposable
{
    public const string CredentialKey = "AllianceBot.Connector";
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    public bool IsEnabled => identity.Value.HasAppId;

    public async ValueTask<string?> GetTokenAsync(CancellationToken ct = default)
    {
        if (!IsEnabled)
        {
            return null;
        }

        if (Fresh(cached) is { } token)
        {
            return token;
        }

        await gate.WaitAsync(ct);
        try
        {
            if (Fresh(cached) is { } again)
            {
                return again;
            }

            var credential = services.GetRequiredKeyedService<TokenCredential>(CredentialKey);
            var acquired = await credential.GetTokenAsync(new TokenRequestContext([Scope]), ct);
            cached = acquired;
            return acquired.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="token"/> (the connector refused it), so the next call acquires a new one.</summary>
    public void Invalidate(string token)
    {
        if (cached is { } current && current.Token == token)
        {
            cached = null;
        }
    }

    public void Dispose() => gate.Dispose();

    private string? Fresh(AccessToken? token) =>
        token is { } t && t.ExpiresOn - RefreshMargin > time.GetUtcNow() ? t.Token : null;
}
