using System.Diagnostics;
using System.Globalization;
using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using AllianceBot.Testing.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceBot.Benchmarks.Digests;

/// <summary>
/// One day's digests to N subscribers (default 10,000) across 5 tenants, each in a different time zone, all due now:
/// the real Bot host (its in-process queue poll and pacing) against Azurite and a loopback connector that enforces
/// Teams' limits with 429 + Retry-After. Reports sends/s against the ceiling (tenants × per-tenant limit),
/// duplicates (a conversation that got two digests) and losses (one that got none).
/// <c>dotnet run -c Release --project Benchmarks -- digests [--subscribers N] [--tenant-rate 50] [--conversation-rate 7] [--concurrency 64] [--backlog 1000]</c>
/// </summary>
public sealed class DigestFanOutHarness : IHarness
{
    private static readonly string[] Zones = ["UTC", "Europe/Warsaw", "America/New_York", "Asia/Tokyo", "Pacific/Honolulu"];

    public string Name => "digests";

    public string Description => "Daily digest fan-out to N subscribers in 5 tenants under Teams' limits: sends/s vs ceiling, duplicates, losses";

    public async Task RunAsync(string[] args, CancellationToken ct)
    {
        var subscribers = Arg(args, "--subscribers", 10_000);
        var tenantRate = Arg(args, "--tenant-rate", 50);
        var conversationRate = Arg(args, "--conversation-rate", 7);
        var concurrency = Arg(args, "--concurrency", 64);
        var backlog = Arg(args, "--backlog", 1000);
        var ceiling = tenantRate * Zones.Length;
        var limits = new TeamsRateLimits(tenantRate, conversationRate);
        await using var connector = await LoopbackConnector.StartAsync();
        connector.Respond = limits.Respond;
        await using var bot = await BotHost.StartAsync(Settings(tenantRate, conversationRate, concurrency, backlog), environment: "Development");

        Console.WriteLine($"digests: {subscribers} subscribers in {Zones.Length} tenants; ceiling {ceiling} sends/s ({tenantRate}/s per tenant, {conversationRate}/s per conversation)");
        var setup = Stopwatch.StartNew();
        await bot.Services.GetRequiredService<FactTable>().UpsertFactsAsync(FixtureFacts.All.Select(f => f with { IngestedAt = DateTimeOffset.UtcNow.AddHours(-1) }).ToList(), ct);
        await CreateSubscriptionsAsync(bot.Services.GetRequiredService<SubscriptionTable>(), connector.ServiceUrl, subscribers, ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"digests: {subscribers} subscriptions stored in {setup.Elapsed.TotalSeconds:F1} s"));

        // The host started with its digest jobs off (so its due step did not run before the subscriptions existed):
        // start its queue poll, then run the due step, which feeds the queue with back-pressure while it drains.
        bot.Services.GetRequiredService<IOptions<DigestOptions>>().Value.RunInProcess = true;
        var poll = ActivatorUtilities.CreateInstance<DigestBackgroundService>(bot.Services);
        await poll.StartAsync(ct);
        var clock = Stopwatch.StartNew();
        var scheduled = await bot.Services.GetRequiredService<DigestScheduler>().RunAsync(ct);
        var schedulingTime = clock.Elapsed;
        await WaitForDeliveriesAsync(limits, subscribers, ct);
        await poll.StopAsync(ct);
        poll.Dispose();
        Report(limits, subscribers, ceiling, scheduled, schedulingTime, clock.Elapsed);
    }

    private static Dictionary<string, string?> Settings(int tenantRate, int conversationRate, int concurrency, int backlog) => new()
    {
        ["Digests:MaxQueueBacklog"] = backlog.ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:Default"] = "Warning",
        ["Facts:TableName"] = Azurite.UniqueName("benchfacts"),
        ["Facts:LoadSamples"] = "false",
        ["Digests:SubscriptionsTable"] = Azurite.UniqueName("benchsubs"),
        ["Digests:DeliveriesTable"] = Azurite.UniqueName("benchdeliveries"),
        ["Digests:QueueName"] = "bench-digests-" + Guid.NewGuid().ToString("N")[..8],
        ["Digests:RunInProcess"] = "false",
        ["Digests:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
        ["Digests:ScheduleInterval"] = "1.00:00:00",
        ["Digests:PollInterval"] = "00:00:00.100",
        ["Digests:IngestionLag"] = "00:00:00",
        ["Digests:Pacing:TenantSendsPerSecond"] = tenantRate.ToString(CultureInfo.InvariantCulture),
        ["Digests:Pacing:ConversationSendsPerSecond"] = conversationRate.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task CreateSubscriptionsAsync(SubscriptionTable table, Uri serviceUrl, int count, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = ct }, async (i, token) =>
        {
            var tenant = i % Zones.Length;
            var zone = TimeZoneInfo.FindSystemTimeZoneById(Zones[tenant]);
            var local = TimeZoneInfo.ConvertTime(now.AddMinutes(-10), zone);
            var reference = new ConversationReference("msteams", serviceUrl.ToString(),
                new ConversationAccount($"a:bench-{tenant}-{i}") { TenantId = $"tenant-{tenant}", ConversationType = "personal" },
                new ChannelAccount("28:bench-bot", "AllianceBot"), new ChannelAccount($"29:user-{i}")) { TenantId = $"tenant-{tenant}" };
            var subscription = new Subscription
            {
                Id = SubscriptionKeys.IdFor(reference),
                Reference = reference,
                Topics = SubscriptionTopics.All,
                At = new TimeOnly(local.Hour, local.Minute),
                TimeZone = Zones[tenant],
                CreatedAt = now.AddDays(-2),
                UpdatedAt = now.AddDays(-2),
                ActiveSince = now.AddDays(-2),
                LastDeliveredDate = DateOnly.FromDateTime(local.DateTime).AddDays(-1),
                LastDigestAt = now.AddDays(-1),
            };
            await table.ChangeAsync(subscription.Id, _ => subscription with { NextDueAt = DigestClock.NextDueAt(subscription) }, token);
        });
    }

    private static async Task WaitForDeliveriesAsync(TeamsRateLimits limits, int subscribers, CancellationToken ct)
    {
        var lastCount = -1;
        var quietSince = Stopwatch.StartNew();
        while (limits.Accepted.Count < subscribers && quietSince.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(250, ct);
            if (limits.Accepted.Count != lastCount)
            {
                if (quietSince.Elapsed > TimeSpan.FromSeconds(1) || limits.Accepted.Count / 2000 != lastCount / 2000)
                {
                    Console.WriteLine($"digests: {limits.Accepted.Count} delivered");
                }

                lastCount = limits.Accepted.Count;
                quietSince.Restart();
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3), ct); // late duplicates, if any, would arrive now
    }

    private static void Report(TeamsRateLimits limits, int subscribers, int ceiling, DigestScheduleResult scheduled, TimeSpan scheduling, TimeSpan total)
    {
        var sends = limits.Accepted.Values.Sum();
        var window = TimeSpan.FromTicks((long)((limits.LastAccepted - limits.FirstAccepted) * (double)TimeSpan.TicksPerSecond / Stopwatch.Frequency));
        var rate = window > TimeSpan.Zero ? (sends - 1) / window.TotalSeconds : 0;
        var duplicates = limits.Accepted.Values.Sum(n => Math.Max(0, n - 1));
        var losses = subscribers - limits.Accepted.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"digests: due step read {scheduled.Read}, enqueued {scheduled.Enqueued} in {scheduling.TotalSeconds:F1} s (the host's own due step, run at the same time, enqueued the other {scheduled.AlreadyScheduled}; none twice)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"digests: {sends} digests accepted in {window.TotalSeconds:F1} s (first to last) = {rate:F1} sends/s = {100 * rate / ceiling:F1}% of the {ceiling}/s ceiling; "
            + $"{limits.Throttled} answered 429; duplicates {duplicates}; losses {losses}; {total.TotalSeconds:F1} s from the due step's start to the last digest"));
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
