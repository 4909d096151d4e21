using AllianceBot.Bot.Api;
using AllianceBot.Bot.Conversation;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Subscriptions;

namespace AllianceBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// <summary>Adds everything both hosts share: the protocol, the conversation, subscriptions and digests, the fact API.</summary>
    public static IServiceCollection AddAllianceBot(this IServiceCollection services)
    {
        services.AddBotProtocol();
        services.AddConversation();
        services.AddSubscriptions();
        services.AddFactsApi();
        return services;
    }

    /// <summary>Adds the jobs the Bot host runs in-process and Azure Functions runs on timers and queues.</summary>
    public static IServiceCollection AddAllianceBotBackgroundJobs(this IServiceCollection services)
    {
        services.AddSubscriptionJobs();
        services.AddFactsApiJobs();
        return services;
    }
}
