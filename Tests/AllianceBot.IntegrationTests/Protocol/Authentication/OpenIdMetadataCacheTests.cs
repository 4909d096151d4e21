using AllianceBot.Bot.Protocol.Authentication;
using AllianceBot.Testing;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;

namespace AllianceBot.IntegrationTests.Protocol.Authentication;

public sealed class OpenIdMetadataCacheTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static OpenIdMetadataCache Cache(LoopbackIssuer issuer, TimeProvider time) =>
        new(issuer.ChannelMetadataUrl, new HttpDocumentRetriever { RequireHttps = false }, time);

    [Fact]
    public async Task GetAsync_Repeated_FetchesOnce()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        using var cache = Cache(issuer, new FakeTimeProvider(DateTimeOffset.UtcNow));

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(Ct).AsTask()));
        var keys = await cache.GetAsync(Ct);

        Assert.Equal(2, issuer.MetadataRequests); // metadata + JWKS
        Assert.Contains(keys.SigningKeys, k => k.KeyId == issuer.ChannelKey.KeyId);
    }

    [Fact]
    public async Task GetAsync_OlderThanADay_Refetches()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var cache = Cache(issuer, time);
        await cache.GetAsync(Ct);

        time.Advance(TimeSpan.FromHours(25));
        await cache.GetAsync(Ct);

        Assert.Equal(4, issuer.MetadataRequests);
    }

    [Fact]
    public async Task RefreshAsync_TwiceWithinFiveMinutes_FetchesOnlyOnce()
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var cache = Cache(issuer, time);
        await cache.GetAsync(Ct);

        await cache.RefreshAsync(Ct);
        time.Advance(TimeSpan.FromMinutes(1));
        await cache.RefreshAsync(Ct);
        var afterThrottle = issuer.MetadataRequests;
        time.Advance(TimeSpan.FromMinutes(5));
        await cache.RefreshAsync(Ct);

        Assert.Equal(4, afterThrottle);
        Assert.Equal(6, issuer.MetadataRequests);
    }
}
