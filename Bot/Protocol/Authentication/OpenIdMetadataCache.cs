using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace AllianceBot.Bot.Protocol.Authentication;

/// <summary>
/// One issuer's OpenID metadata and signing keys, fetched once and shared: refetched when older than
/// <see cref="MaxAge"/> (the spec asks for at least daily), or at once when a token names an unknown key — at most once
/// per <see cref="MinForcedInterval"/>, so forged key ids cannot make the bot hammer the issuer. The first forced
/// refresh after start is always allowed. Concurrent callers share one fetch; a failed refresh keeps the old keys.
/// </summary>
public sealed class OpenIdMetadataCache(Uri address, IDocumentRetriever documents, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    public static readonly TimeSpan MinForcedInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim gate = new(1, 1);
    private OpenIdConnectConfiguration? current;
    private DateTimeOffset fetchedAt;
    private DateTimeOffset? lastForced;

    public Uri Address => address;

    public ValueTask<OpenIdConnectConfiguration> GetAsync(CancellationToken ct = default) =>
        current is { } configuration && time.GetUtcNow() - fetchedAt < MaxAge
            ? ValueTask.FromResult(configuration)
            : new ValueTask<OpenIdConnectConfiguration>(FetchAsync(forced: false, ct));

    /// <summary>Refetches because a token named an unknown key; returns the (possibly unchanged) configuration.</summary>
    public Task<OpenIdConnectConfiguration> RefreshAsync(CancellationToken ct = default) => FetchAsync(forced: true, ct);

    private async Task<OpenIdConnectConfiguration> FetchAsync(bool forced, CancellationToken ct)
    {
        var seen = current;
        await gate.WaitAsync(ct);
        try
        {
            var now = time.GetUtcNow();
            if (current is { } fresh && (!ReferenceEquals(fresh, seen) || !Due(forced, now)))
            {
                return fresh; // Someone else refreshed while we waited, or a forced refresh is not allowed yet.
            }

            if (forced)
            {
                lastForced = now;
            }

            try
            {
                current = await OpenIdConnectConfigurationRetriever.GetAsync(address.AbsoluteUri, documents, ct);
                fetchedAt = now;
            }
            catch (Exception e) when (current is not null && e is not OperationCanceledException)
            {
                fetchedAt = now - MaxAge + MinForcedInterval; // Keep the old keys; try again in a few minutes.
            }

            return current;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private bool Due(bool forced, DateTimeOffset now) =>
        forced ? lastForced is not { } last || now - last >= MinForcedInterval : now - fetchedAt >= MaxAge;
}
