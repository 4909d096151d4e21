namespace AllianceBot.Bot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>Adds understanding, answering and cards, and registers the agent as the <c>IActivityHandler</c>. SKELETON: issue #5.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services) => services;
}
