using System.Text.Json;
using AllianceBot.Bot.Digests;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.IntegrationTests.Digests;

/// <summary>
/// End to end: the real Bot host (its in-process digest jobs included) and the real Agents Playground. The user
/// subscribes in the chat; the due step runs on a fake clock; the digest arrives in the Playground chat as a proactive message.
/// </summary>
public sealed class DigestPlaygroundTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Subscribe_ThenDueStepAtTheHour_DigestArrivesInThePlaygroundChat()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 4, 0, 0, TimeSpan.Zero));
        await using var bot = await BotHost.StartAsync(Settings(), services => services.AddSingleton<TimeProvider>(time));
        await using var playground = await PlaygroundHost.StartAsync(new Uri(bot.Address, "api/messages"), PlaygroundHost.Teams, Ct);
        await bot.Services.GetRequiredService<FactTable>().UpsertFactsAsync(
            FixtureFacts.All.Select(f => f with { IngestedAt = time.GetUtcNow().AddHours(-1) }).ToList(), Ct);

        await playground.SendAsync("subscribe deployments at 07:30 Europe/Warsaw", ct: Ct);
        var confirmation = await playground.NextBotMessageAsync(ct: Ct);
        await ReplyCompletedAsync(playground);
        time.Advance(TimeSpan.FromMinutes(95));
        var scheduled = await bot.Services.GetRequiredService<DigestScheduler>().RunAsync(Ct);
        var digest = await PumpUntilMessageAsync(playground, time);

        Assert.Contains("Daily at 07:30 Europe/Warsaw: deployments", Json(confirmation), StringComparison.Ordinal);
        Assert.Equal(1, scheduled.Enqueued);
        Assert.Equal(playground.Config.PersonalChatId, digest.ConversationId);
        Assert.Contains(FixtureFacts.Brigade.Summary, Json(digest), StringComparison.Ordinal);
        Assert.DoesNotContain(FixtureFacts.Resolve.Quote!, Json(digest), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Facts:TableName"] = Azurite.UniqueName("facts"),
        ["Facts:LoadSamples"] = "false",
        ["Digests:SubscriptionsTable"] = Azurite.UniqueName("subs"),
        ["Digests:DeliveriesTable"] = Azurite.UniqueName("deliveries"),
        ["Digests:QueueName"] = "digests-" + Guid.NewGuid().ToString("N")[..12],
        ["Digests:IngestionLag"] = "00:00:00",
        ["Digests:PollInterval"] = "00:00:01",
        ["Digests:ScheduleInterval"] = "1.00:00:00",
    };

    /// <summary>The host's queue poll waits on the fake clock between empty polls: move it on until the digest arrives.</summary>
    private static async Task<PlaygroundMessage> PumpUntilMessageAsync(PlaygroundHost playground, FakeTimeProvider time)
    {
        using var stop = new CancellationTokenSource();
        var pump = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                time.Advance(TimeSpan.FromMilliseconds(200));
                await Task.Delay(100, CancellationToken.None);
            }
        }, CancellationToken.None);
        try
        {
            return await playground.NextBotMessageAsync(TimeSpan.FromSeconds(30), Ct);
        }
        finally
        {
            await stop.CancelAsync();
            await pump;
        }
    }

    /// <summary>
    /// Waits until the Playground logged the answer to the bot's reply: the host runs on the fake clock, and moving it
    /// while the reply's HTTP call is open would time that call out (and retry it).
    /// </summary>
    private static async Task ReplyCompletedAsync(PlaygroundHost playground)
    {
        while (true)
        {
            var frame = await playground.NextLogAsync(ct: Ct);
            if (frame.TryGetProperty("log", out var log)
                && log.TryGetProperty("request", out var request) && request.TryGetProperty("body", out var body)
                && body.ValueKind == JsonValueKind.Object && body.TryGetProperty("replyToId", out _)
                && log.TryGetProperty("response", out var response) && response.ValueKind == JsonValueKind.Object
                && response.TryGetProperty("statusCode", out _))
            {
                await Task.Delay(300, Ct);
                return;
            }
        }
    }

    private static string Json(PlaygroundMessage message) => message.Raw.GetRawText();
}
