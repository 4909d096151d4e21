using AllianceBot.Bot.Answering;
using AllianceBot.Bot.Protocol;
using AllianceBot.Bot.Understanding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceBot.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Adds understanding, answering (the warm fact index and its refresher) and cards, and registers
    /// <see cref="AllianceAgent"/> as the <see cref="IActivityHandler"/>, replacing any default handler.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<TimePhraseParser>();
        services.AddSingleton<CommandParser>();
        services.AddSingleton<QuestionParser>();
        services.AddSingleton<PeopleDirectory>();
        services.TryAddSingleton<ICountryFinder, GazetteerCountryFinder>();
        services.AddSingleton<MessageUnderstanding>();

        services.AddSingleton<FactIndex>();
        services.AddSingleton<FactIndexRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<FactIndexRefresher>());
        services.AddSingleton<FactSearch>();
        services.AddSingleton<Suggestions>();
        services.AddSingleton<SourceList>();
        services.AddSingleton<AnswerComposer>();

        services.AddSingleton<IntentReplies>();
        services.AddSingleton<WelcomeTracker>();
        services.Replace(ServiceDescriptor.Singleton<IActivityHandler, AllianceAgent>());
        return services;
    }
}
