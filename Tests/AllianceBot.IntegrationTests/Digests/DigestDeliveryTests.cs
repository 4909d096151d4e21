using AllianceBot.Bot.Digests;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Digests;

/// <summary>The due step and delivery against Azurite and a loopback Bot Connector, faults injected through its answers.</summary>
public sealed class DigestDeliveryTests
{
    // 06:00 in Warsaw; the subscribers below want 07:30 (05:30 UTC).
    private static readonly DateTimeOffset Morning = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SlotReached_DeliversOneDigestOfMatchingFacts()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "deployments at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);

        var early = await world.Scheduler.RunAsync(Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        var due = await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))?.State == DeliveryState.Sent, "the digest");
        }

        Assert.Equal(0, early.Enqueued);
        Assert.Equal(1, due.Enqueued);
        var card = Assert.Single(world.DigestCalls()).Body!.Value.GetRawText();
        Assert.Contains(FixtureFacts.Brigade.Summary, card, StringComparison.Ordinal);
        Assert.Contains(FixtureFacts.Jets.Summary, card, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureFacts.Resolve.Quote!, card, StringComparison.Ordinal);
        var stored = await world.Subscriptions.GetAsync(subscription.Id, Ct);
        Assert.Equal(new DateOnly(2026, 6, 1), stored!.LastDeliveredDate);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 5, 30, 0, TimeSpan.Zero), stored.NextDueAt);
    }

    [Fact]
    public async Task RunAsync_DuplicateAndConcurrentRuns_EnqueueOneMessage()
    {
        await using var world = await DigestWorld.StartAsync(Morning.AddHours(2));
        await world.SubscribeAsync("a:1", "at 05:00 UTC", Ct);
        world.Time.Advance(TimeSpan.FromDays(1));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.Scheduler.RunAsync(Ct)));
        var again = await world.Scheduler.RunAsync(Ct);

        Assert.Equal(1, runs.Sum(r => r.Enqueued));
        Assert.Equal(0, again.Enqueued);
        Assert.Equal(1, await DigestWorld.CountAsync(world.Queue.Queue, Ct));
    }

    [Fact]
    public async Task Deliver_ThrottledStorm_ComesBackAfterRetryAfterAndSendsOnce()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        var throttled = 0;
        world.Connector.Respond = _ => Interlocked.Increment(ref throttled) <= 3 ? new ConnectorResponse(429, TimeSpan.FromSeconds(1)) : null;
        world.Time.Advance(TimeSpan.FromMinutes(95));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(() => Task.FromResult(world.DigestCalls(201).Count == 1), "the digest after the 429s");
            await Task.Delay(1500, Ct);
        }

        Assert.Equal(3, world.DigestCalls(429).Count);
        Assert.Single(world.DigestCalls(201));
        var record = await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct);
        Assert.Equal(DeliveryState.Sent, record!.State);
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Poison, Ct));
    }

    [Fact]
    public async Task Deliver_ServerErrorsEveryTime_RetriesToTheLimitThenPoisons()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Connector.Respond = _ => new ConnectorResponse(500);
        world.Time.Advance(TimeSpan.FromMinutes(95));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => await DigestWorld.CountAsync(world.Queue.Poison, Ct) == 1, "the poison queue");
        }

        Assert.Equal(3, world.DigestCalls(500).Count);
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Queue, Ct));
        var record = await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct);
        Assert.Equal(DeliveryState.Retry, record!.State);
        Assert.Contains("500", record.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_ServerErrorsThenSuccess_SendsOnce()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        var calls = 0;
        world.Connector.Respond = _ => Interlocked.Increment(ref calls) <= 2 ? new ConnectorResponse(500) : null;
        world.Time.Advance(TimeSpan.FromMinutes(95));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))?.State == DeliveryState.Sent, "the digest");
            await world.Scheduler.RunAsync(Ct);
            await Task.Delay(500, Ct);
        }

        Assert.Single(world.DigestCalls(201));
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Poison, Ct));
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task Deliver_ConversationGone_DeactivatesAndDoesNotRetry(int status)
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Connector.Respond = _ => new ConnectorResponse(status, Body: "{\"error\":{\"code\":\"ConversationBlockedByUser\",\"message\":\"gone\"}}");
        world.Time.Advance(TimeSpan.FromMinutes(95));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => (await world.Subscriptions.GetAsync(subscription.Id, Ct))?.Active == false, "deactivation");
            await Task.Delay(500, Ct);
        }

        world.Time.Advance(TimeSpan.FromDays(1));
        var tomorrow = await world.Scheduler.RunAsync(Ct);

        Assert.Single(world.DigestCalls());
        var stored = await world.Subscriptions.GetAsync(subscription.Id, Ct);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), stored!.InactiveReason, StringComparison.Ordinal);
        Assert.Equal(DeliveryState.Gone, (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))!.State);
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Queue, Ct));
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Poison, Ct));
        Assert.Equal(0, tomorrow.Read);
    }

    [Fact]
    public async Task Deliver_CrashBetweenSendAndMark_NeverSendsTwice()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        await world.Scheduler.RunAsync(Ct);
        var message = new DigestMessage(subscription.Id, new DateOnly(2026, 6, 1));

        await world.RestartAsync(new FailingPolicy(body => body.Contains("\"State\":\"Sent\"", StringComparison.Ordinal)));
        var crashed = await Record.ExceptionAsync(() => world.Services.GetRequiredService<DigestQueueProcessor>().ProcessAsync(message.ToJson(), 1, Ct));
        await world.RestartAsync();
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => await DigestWorld.CountAsync(world.Queue.Queue, Ct) == 0, "the queue to drain");
            await world.Scheduler.RunAsync(Ct);
            world.Time.Advance(TimeSpan.FromHours(2));
            await world.Scheduler.RunAsync(Ct);
            await Task.Delay(1000, Ct);
        }

        Assert.NotNull(crashed);
        Assert.Single(world.DigestCalls());
        Assert.Equal(DeliveryState.Sending, (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))!.State);
        Assert.Equal(0, await DigestWorld.CountAsync(world.Queue.Poison, Ct));
    }

    [Fact]
    public async Task Deliver_MarkFailsOnceThenWorks_SendsOnceAndRecordsSent()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        var failures = 0;
        await world.RestartAsync(new FailingPolicy(body => body.Contains("\"State\":\"Sent\"", StringComparison.Ordinal) && Interlocked.Increment(ref failures) == 1));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))?.State == DeliveryState.Sent, "the digest");
        }

        Assert.Single(world.DigestCalls());
        Assert.True(failures >= 1, "the first mark was to fail");
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Deliver_NothingNew_SendsOnlyWhenConfigured(bool sendWhenEmpty, int expected)
    {
        await using var world = await DigestWorld.StartAsync(Morning, new Dictionary<string, string?> { ["Digests:SendWhenEmpty"] = sendWhenEmpty.ToString() });
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));

        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(async () => (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))?.State is DeliveryState.Sent or DeliveryState.Empty, "the delivery record");
        }

        Assert.Equal(expected, world.DigestCalls(201).Count);
        Assert.Equal(new DateOnly(2026, 6, 1), (await world.Subscriptions.GetAsync(subscription.Id, Ct))!.LastDeliveredDate);
    }

    [Fact]
    public async Task Deliver_NextDay_HoldsOnlyFactsIngestedSinceTheLastDigest()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync([FixtureFacts.Brigade], TimeSpan.FromHours(1), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        await world.Scheduler.RunAsync(Ct);
        await using (await world.StartPollingAsync(Ct))
        {
            await DigestWorld.WaitUntilAsync(() => Task.FromResult(world.DigestCalls(201).Count == 1), "day one");
            world.Time.Advance(TimeSpan.FromHours(12));
            await world.StoreFactsAsync([FixtureFacts.Sanctions], TimeSpan.Zero, Ct);
            world.Time.Advance(TimeSpan.FromHours(12));
            await world.Scheduler.RunAsync(Ct);
            await DigestWorld.WaitUntilAsync(() => Task.FromResult(world.DigestCalls(201).Count == 2), "day two");
        }

        var second = world.DigestCalls(201)[1].Body!.Value.GetRawText();
        Assert.Contains(FixtureFacts.Sanctions.Summary, second, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureFacts.Brigade.Summary, second, StringComparison.Ordinal);
    }
}
