using AllianceBot.Bot.Digests;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.IntegrationTests.Digests;

/// <summary>
/// Everything a digest needs, real: Azurite tables and queue of its own, the fact table, the protocol's connector client
/// talking to a <see cref="LoopbackConnector"/>. The app's clock is a <see cref="FakeTimeProvider"/> (due rule, records);
/// pacing and the in-process queue poll run on real time, as the queue's visibility timeouts do.
/// </summary>
internal sealed class DigestWorld : IAsyncDisposable
{
    private readonly Dictionary<string, string?> settings;

    private DigestWorld(LoopbackConnector connector, FakeTimeProvider time, Dictionary<string, string?> settings)
    {
        Connector = connector;
        Time = time;
        this.settings = settings;
        Services = Build(null);
    }

    public LoopbackConnector Connector { get; }

    public FakeTimeProvider Time { get; }

    public ServiceProvider Services { get; private set; }

    public SubscriptionTable Subscriptions => Services.GetRequiredService<SubscriptionTable>();

    public DeliveryTable Deliveries => Services.GetRequiredService<DeliveryTable>();

    public DigestScheduler Scheduler => Services.GetRequiredService<DigestScheduler>();

    public DigestQueueClient Queue => Services.GetRequiredService<DigestQueueClient>();

    public static async Task<DigestWorld> StartAsync(DateTimeOffset now, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["AzureWebJobsStorage"] = Azurite.ConnectionString,
            ["Facts:TableName"] = Azurite.UniqueName("facts"),
            ["Digests:SubscriptionsTable"] = Azurite.UniqueName("subs"),
            ["Digests:DeliveriesTable"] = Azurite.UniqueName("deliveries"),
            ["Digests:QueueName"] = "digests-" + Guid.NewGuid().ToString("N")[..12],
            ["Digests:MarkRetryDelay"] = "00:00:00",
            ["Digests:RetryDelay"] = "00:00:00",
            ["Digests:PollInterval"] = "00:00:00.100",
            ["Digests:ScheduleInterval"] = "01:00:00",
            ["Digests:MaxDequeueCount"] = "3",
            ["Digests:IngestionLag"] = "00:00:00",
            // The connector client itself retries 412/502/503/504 and short 429s; these tests see each 429 and 500 raw.
            ["Connector:MaxRetryAttempts"] = "1",
            ["Connector:MaxRetryAfter"] = "00:00:00",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new DigestWorld(await LoopbackConnector.StartAsync(), new FakeTimeProvider(now), settings);
    }

    /// <summary>A new service provider on the same tables and queue: what a process restart looks like.</summary>
    public async Task RestartAsync(HttpPipelinePolicy? deliveriesPolicy = null)
    {
        await Services.DisposeAsync();
        Services = Build(deliveriesPolicy);
    }

    /// <summary>Stores facts ingested at the fake clock's current time minus <paramref name="ago"/>.</summary>
    public Task StoreFactsAsync(IEnumerable<Fact> facts, TimeSpan ago, CancellationToken ct) =>
        Services.GetRequiredService<FactTable>().UpsertFactsAsync(
            facts.Select(f => f with { IngestedAt = Time.GetUtcNow() - ago }).ToList(), ct);

    /// <summary>Runs a subscription command the way the conversation does, replying through the loopback connector.</summary>
    public async Task CommandAsync(Activity activity, string command, string arguments, CancellationToken ct)
    {
        var turn = new TurnContext(activity, Services.GetRequiredService<IConnectorClient>());
        await Services.GetRequiredService<ISubscriptionCommands>().HandleAsync(turn, command, arguments, ct);
    }

    /// <summary>A message from a user of <paramref name="tenant"/> in conversation <paramref name="conversationId"/>.</summary>
    public Activity Message(string conversationId, string tenant = "tenant-1", string? zone = null, string type = "personal", string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        ServiceUrl = Connector.ServiceUrl.ToString(),
        From = new ChannelAccount("29:user", "Test User"),
        Recipient = new ChannelAccount("28:bot", "AllianceBot"),
        Conversation = new ConversationAccount(conversationId) { TenantId = tenant, ConversationType = type, IsGroup = type != "personal" },
        LocalTimezone = zone,
        Text = "subscribe",
    };

    /// <summary>Subscribes <paramref name="conversationId"/> and clears the confirmation from the connector's log.</summary>
    public async Task<Subscription> SubscribeAsync(string conversationId, string arguments, CancellationToken ct, string tenant = "tenant-1")
    {
        var activity = Message(conversationId, tenant);
        await CommandAsync(activity, SubscriptionCommandNames.Subscribe, arguments, ct);
        Connector.Received.Clear();
        return (await Subscriptions.GetAsync(SubscriptionKeys.IdFor(ConversationReference.FromActivity(activity)), ct))!;
    }

    /// <summary>The in-process queue poll of the Bot host (real time), started; dispose to stop it.</summary>
    public async Task<IAsyncDisposable> StartPollingAsync(CancellationToken ct)
    {
        var service = ActivatorUtilities.CreateInstance<DigestBackgroundService>(Services, TimeProvider.System);
        await service.StartAsync(ct);
        return new Stopper(service);
    }

    /// <summary>Posts to the loopback connector that carried a digest (not command replies): proactive sends have no replyToId.</summary>
    public IReadOnlyList<ConnectorCall> DigestCalls(int? status = null) => Connector.Received
        .Where(c => c.Method == "POST" && c.Body is { } b && !b.TryGetProperty("replyToId", out _))
        .Where(c => status is null || c.Status == status)
        .ToList();

    public static async Task<int> CountAsync(QueueClient queue, CancellationToken ct) =>
        (await queue.GetPropertiesAsync(ct)).Value.ApproximateMessagesCount;

    public static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
    }

    private ServiceProvider Build(HttpPipelinePolicy? deliveriesPolicy)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = Environments.Development,
            ApplicationName = "AllianceBot.IntegrationTests",
            ContentRootPath = AppContext.BaseDirectory,
        });
        services.AddFacts();
        services.AddBotProtocol();
        services.AddSubscriptions();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(sp => new DigestRateLimiter(sp.GetRequiredService<IOptions<DigestOptions>>(), TimeProvider.System));
        if (deliveriesPolicy is not null)
        {
            var options = new TableClientOptions();
            options.AddPolicy(deliveriesPolicy, HttpPipelinePosition.PerCall);
            services.AddSingleton(new DeliveryTableClient(new TableClient(Azurite.ConnectionString, settings["Digests:DeliveriesTable"], options)));
        }

        return services.BuildServiceProvider();
    }

    private sealed class Stopper(IHostedService service) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await service.StopAsync(CancellationToken.None);
            (service as IDisposable)?.Dispose();
        }
    }
}
