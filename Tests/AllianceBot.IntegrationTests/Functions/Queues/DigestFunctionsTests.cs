using AllianceBot.Bot.Digests;
using AllianceBot.Functions.Queues;
using AllianceBot.Functions.Timers;
using AllianceBot.IntegrationTests.Digests;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceBot.IntegrationTests.Functions.Queues;

/// <summary>The two digest functions, called directly (no Functions host here) against Azurite and the loopback connector.</summary>
public sealed class DigestFunctionsTests
{
    private static readonly DateTimeOffset Morning = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ScheduleThenDelivery_DueSubscriber_DigestSentOnceAndRedeliveryIsHarmless()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        var subscription = await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        var delivery = new DigestDeliveryFunction(world.Services.GetRequiredService<DigestQueueProcessor>());

        await new DigestScheduleFunction(world.Scheduler).Run(new TimerInfo(), Ct);
        var message = Assert.Single(await world.Queue.ReceiveAsync(32, TimeSpan.FromMinutes(1), Ct));
        await delivery.Run(message, Ct);
        await delivery.Run(message, Ct);

        Assert.Single(world.DigestCalls(201));
        Assert.Equal(DeliveryState.Sent, (await world.Deliveries.GetAsync(subscription.Id, new DateOnly(2026, 6, 1), Ct))!.State);
    }

    [Fact]
    public async Task Delivery_ConnectorFails_ThrowsSoTheRuntimeRetries()
    {
        await using var world = await DigestWorld.StartAsync(Morning);
        await world.SubscribeAsync("a:1", "at 07:30 Europe/Warsaw", Ct);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(1), Ct);
        world.Connector.Respond = _ => new ConnectorResponse(500);
        world.Time.Advance(TimeSpan.FromMinutes(95));
        var delivery = new DigestDeliveryFunction(world.Services.GetRequiredService<DigestQueueProcessor>());

        await new DigestScheduleFunction(world.Scheduler).Run(new TimerInfo(), Ct);
        var message = Assert.Single(await world.Queue.ReceiveAsync(32, TimeSpan.FromMinutes(1), Ct));

        await Assert.ThrowsAsync<DigestDeliveryException>(() => delivery.Run(message, Ct));
    }
}
