namespace AllianceBot.Bot.Protocol;

public static class ProtocolServiceCollectionExtensions
{
    /// <summary>Adds the activity endpoint, inbound authentication and the connector client. SKELETON: issue #4.</summary>
    public static IServiceCollection AddBotProtocol(this IServiceCollection services) => services;

    /// <summary>Maps <c>POST /api/messages</c>. SKELETON: issue #4.</summary>
    public static IEndpointRouteBuilder MapBotProtocol(this IEndpointRouteBuilder endpoints) => endpoints;
}
