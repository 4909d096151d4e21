namespace AllianceBot.Bot.Subscriptions;

public static class SubscriptionsServiceCollectionExtensions
{
    /// <summary>Adds the subscription store, commands, digest building and delivery. SKELETON: issue #6.</summary>
    public static IServiceCollection AddSubscriptions(this IServiceCollection services) => services;

    /// <summary>Adds the in-process digest schedule for the Bot host. SKELETON: issue #6.</summary>
    public static IServiceCollection AddSubscriptionJobs(this IServiceCollection services) => services;
}
