using AllianceBot.Bot.Digests;
using AllianceBot.Facts.Storage;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Subscriptions;

public static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>Adds the subscription store, commands, digest building and delivery (needs <c>AddFacts()</c> and the protocol).</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services)
    {
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageAccount.FromConfiguration(sp.GetRequiredService<IConfiguration>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageAccount>().CreateTableServiceClient());
        services.AddSingleton(sp => new SubscriptionTableClient(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(Options(sp).SubscriptionsTable)));
        services.AddSingleton(sp => new DeliveryTableClient(
            sp.GetRequiredService<TableServiceClient>().GetTableClient(Options(sp).DeliveriesTable)));
        services.AddSingleton(sp =>
        {
            var queues = sp.GetRequiredService<StorageAccount>().CreateQueueServiceClient(DigestQueueClient.ClientOptions());
            var name = Options(sp).QueueName;
            return new DigestQueueClient(queues.GetQueueClient(name), queues.GetQueueClient(name + "-poison"));
        });
        services.AddSingleton<SubscriptionTable>();
        services.AddSingleton<DeliveryTable>();
        services.AddSingleton<SubscriptionCommandParser>();
        services.AddSingleton<ISubscriptionCommands, SubscriptionCommands>();
        services.AddSingleton<DigestFactSource>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestRateLimiter>();
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<DigestSender>();
        services.AddSingleton<DigestQueueProcessor>();
        return services;
    }

    /// <summary>Adds the in-process digest schedule and queue poll for the Bot host (Functions runs them on a timer and a queue trigger).</summary>
    public static IServiceCollection AddSubscriptionJobs(this IServiceCollection services)
    {
        services.AddHostedService<DigestBackgroundService>();
        return services;
    }

    private static DigestOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<DigestOptions>>().Value;
}
