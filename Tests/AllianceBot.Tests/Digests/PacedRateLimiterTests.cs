using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.Tests.Digests;

public sealed class PacedRateLimiterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void AttemptAcquire_FasterThanTheRate_GrantsOnePerInterval()
    {
        var time = new FakeTimeProvider();
        using var limiter = new PacedRateLimiter(50, TimeSpan.FromSeconds(1), time);

        var first = limiter.AttemptAcquire().IsAcquired;
        var tooSoon = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromMilliseconds(19));
        var stillTooSoon = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var onTime = limiter.AttemptAcquire().IsAcquired;

        Assert.True(first);
        Assert.False(tooSoon);
        Assert.False(stillTooSoon);
        Assert.True(onTime);
    }

    [Fact]
    public void AttemptAcquire_SlightlyLate_KeepsTheSchedule()
    {
        var time = new FakeTimeProvider();
        using var limiter = new PacedRateLimiter(10, TimeSpan.FromSeconds(1), time);
        limiter.AttemptAcquire();

        time.Advance(TimeSpan.FromMilliseconds(130));
        var late = limiter.AttemptAcquire().IsAcquired;
        time.Advance(TimeSpan.FromMilliseconds(70));
        var nextOnSchedule = limiter.AttemptAcquire().IsAcquired;

        Assert.True(late);
        Assert.True(nextOnSchedule);
    }

    [Fact]
    public async Task AcquireAsync_ManyWaiters_NeverMoreThanTheRateInAnySecond()
    {
        var time = new FakeTimeProvider();
        using var limiter = new PacedRateLimiter(7, TimeSpan.FromSeconds(1), time);
        var grants = new List<TimeSpan>();
        var start = time.GetTimestamp();
        var waiters = Enumerable.Range(0, 30).Select(async _ =>
        {
            using var lease = await limiter.AcquireAsync(1, Ct);
            lock (grants)
            {
                grants.Add(time.GetElapsedTime(start));
            }
        }).ToList();

        while (waiters.Any(w => !w.IsCompleted))
        {
            time.Advance(TimeSpan.FromMilliseconds(10));
            await Task.Delay(1, Ct);
        }

        Assert.Equal(30, grants.Count);
        Assert.All(grants, g => Assert.True(grants.Count(o => o >= g && o < g + TimeSpan.FromSeconds(1)) <= 7, $"more than 7 grants in the second from {g}"));
    }

    [Fact]
    public async Task DigestRateLimiter_TwoTenants_PacesEachSeparately()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new DigestOptions { Pacing = new DigestPacingOptions { TenantSendsPerSecond = 2, ConversationSendsPerSecond = 100 } });
        await using var limiter = new DigestRateLimiter(options, time);

        using var a1 = await limiter.AcquireAsync(Reference("t1", "c1"), Ct);
        using var b1 = await limiter.AcquireAsync(Reference("t2", "c3"), Ct);
        var a3 = limiter.AcquireAsync(Reference("t1", "c4"), Ct).AsTask();
        await Task.Delay(50, Ct);

        Assert.False(a3.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(525));
        using var lease = await a3.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.True(lease.IsAcquired);
    }

    [Fact]
    public async Task DigestRateLimiter_SameConversation_PacedAtConversationRate()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new DigestOptions { Pacing = new DigestPacingOptions { TenantSendsPerSecond = 1000, ConversationSendsPerSecond = 7 } });
        await using var limiter = new DigestRateLimiter(options, time);

        using var first = await limiter.AcquireAsync(Reference("t1", "c1"), Ct);
        var sameConversation = limiter.AcquireAsync(Reference("t1", "c1"), Ct).AsTask();
        time.Advance(TimeSpan.FromMilliseconds(2));
        using var other = await limiter.AcquireAsync(Reference("t1", "c2"), Ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), Ct);
        await Task.Delay(50, Ct);

        Assert.False(sameConversation.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(150));
        using var lease = await sameConversation.WaitAsync(TimeSpan.FromSeconds(10), Ct);
        Assert.True(lease.IsAcquired);
    }

    private static ConversationReference Reference(string tenant, string conversation) =>
        new("msteams", "https://smba.example/", new ConversationAccount(conversation) { TenantId = tenant }, new ChannelAccount("28:bot"));
}
