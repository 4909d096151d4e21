using System.Text.Json;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.IntegrationTests.Digests;
using AllianceBot.Testing.Facts;

namespace AllianceBot.IntegrationTests.Subscriptions;

/// <summary>The chat commands against Azurite, replies captured by the loopback connector.</summary>
public sealed class SubscriptionCommandsTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 4, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandleAsync_SubscribeWithTopicsTimeAndZone_StoresAndConfirmsInWords()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1");

        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "deployments poland at 07:30 Europe/Warsaw", Ct);

        Assert.Contains("Daily at 07:30 Europe/Warsaw: deployments about Poland", LastReply(world), StringComparison.Ordinal);
        var stored = await world.Subscriptions.GetAsync(IdOf(activity), Ct);
        Assert.Equal("Europe/Warsaw", stored!.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 5, 30, 0, TimeSpan.Zero), stored.NextDueAt);
        Assert.Equal("tenant-1", stored.TenantId);
        Assert.Equal(world.Connector.ServiceUrl.ToString(), stored.Reference.ServiceUrl);
    }

    [Fact]
    public async Task HandleAsync_SubscribeWithoutArguments_UsesClientZoneAndEightOClock()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1", zone: "America/New_York");

        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "", Ct);

        Assert.Contains("Daily at 08:00 America/New_York: all facts", LastReply(world), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SubscribeWithUnknownZone_SaysWhatWasWrongAndStoresNothing()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1");

        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "at 07:00 Mars/Olympus", Ct);

        Assert.Contains("Mars/Olympus", LastReply(world), StringComparison.Ordinal);
        Assert.Null(await world.Subscriptions.GetAsync(IdOf(activity), Ct));
    }

    [Fact]
    public async Task HandleAsync_SubscribeFromTwoThreadsOfAChannel_OneSubscriptionToTheChannel()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var first = world.Message("19:general@thread.tacv2;messageid=111", type: "channel");
        var second = world.Message("19:general@thread.tacv2;messageid=222", type: "channel");

        await world.CommandAsync(first, SubscriptionCommandNames.Subscribe, "at 09:00 UTC", Ct);
        await world.CommandAsync(second, SubscriptionCommandNames.Subscribe, "statements at 10:00 UTC", Ct);

        Assert.Equal(IdOf(first), IdOf(second));
        var stored = await world.Subscriptions.GetAsync(IdOf(first), Ct);
        Assert.Equal("19:general@thread.tacv2", stored!.Reference.Conversation.Id);
        Assert.Equal(new TimeOnly(10, 0), stored.At);
        Assert.Null(stored.Reference.ActivityId);
    }

    [Fact]
    public async Task HandleAsync_GroupChatAndPersonalChat_AreSeparateSubscriptions()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var group = world.Message("19:group@thread.v2", type: "groupChat");
        var personal = world.Message("a:1");

        await world.CommandAsync(group, SubscriptionCommandNames.Subscribe, "events", Ct);
        await world.CommandAsync(personal, SubscriptionCommandNames.Subscribe, "decisions", Ct);

        Assert.Equal("events", (await world.Subscriptions.GetAsync(IdOf(group), Ct))!.Topics.Describe());
        Assert.Equal("decisions", (await world.Subscriptions.GetAsync(IdOf(personal), Ct))!.Topics.Describe());
    }

    [Fact]
    public async Task HandleAsync_Unsubscribe_DeactivatesAndConfirms()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1");
        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "", Ct);

        await world.CommandAsync(activity, SubscriptionCommandNames.Unsubscribe, "", Ct);

        Assert.Contains("Unsubscribed", LastReply(world), StringComparison.Ordinal);
        Assert.False((await world.Subscriptions.GetAsync(IdOf(activity), Ct))!.Active);
        Assert.Equal(0, (await world.Scheduler.RunAsync(Ct)).Read);
    }

    [Fact]
    public async Task HandleAsync_Settings_SendsCardWithCurrentValues()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1");
        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "deployments at 06:45 Europe/Warsaw", Ct);

        await world.CommandAsync(activity, SubscriptionCommandNames.Settings, "", Ct);

        var card = LastReply(world);
        Assert.Contains("Input.Time", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"06:45\"", card, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"deployment\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SettingsSubmitted_SavesTheInputs()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1") with
        {
            Value = JsonSerializer.SerializeToElement(new { command = "settings", digestTime = "19:15", digestZone = "Asia/Tokyo", digestKinds = "article5,statement", digestCountries = "Estonia, latvia" }),
        };

        await world.CommandAsync(activity, SubscriptionCommandNames.Settings, "", Ct);

        Assert.Contains("Daily at 19:15 Asia/Tokyo: Article 5 stances and statements about Estonia and Latvia", LastReply(world), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SettingsSubmittedWithBadZone_SaysWhatWasWrong()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        var activity = world.Message("a:1") with
        {
            Value = JsonSerializer.SerializeToElement(new { command = "settings", digestTime = "07:00", digestZone = "Nowhere/Land" }),
        };

        await world.CommandAsync(activity, SubscriptionCommandNames.Settings, "", Ct);

        Assert.Contains("Nowhere/Land", LastReply(world), StringComparison.Ordinal);
        Assert.Null(await world.Subscriptions.GetAsync(IdOf(activity), Ct));
    }

    [Fact]
    public async Task HandleAsync_DigestNow_RepliesWithTheCurrentDigest()
    {
        await using var world = await DigestWorld.StartAsync(Now);
        await world.StoreFactsAsync(FixtureFacts.All, TimeSpan.FromHours(2), Ct);
        var activity = world.Message("a:1");
        await world.CommandAsync(activity, SubscriptionCommandNames.Subscribe, "statements", Ct);

        await world.CommandAsync(activity, SubscriptionCommandNames.DigestNow, "", Ct);

        var digest = LastReply(world);
        Assert.Contains(FixtureFacts.Resolve.Quote!, digest, StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureFacts.Brigade.Summary, digest, StringComparison.Ordinal);
    }

    private static string LastReply(DigestWorld world) => world.Connector.Received.Last().Body!.Value.GetRawText();

    private static string IdOf(Activity activity) => SubscriptionKeys.IdFor(ConversationReference.FromActivity(activity));
}
