using AllianceBot.Bot.Api;
using AllianceBot.Bot.Protocol;

namespace AllianceBot.Bot;

public static class BotEndpointRouteBuilderExtensions
{
    /// <summary>Maps the Bot host's endpoints: health, <c>/api/messages</c>, the fact API.</summary>
    public static IEndpointRouteBuilder MapAllianceBot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", () => Results.Ok(new { status = "ok" }));
        endpoints.MapBotProtocol();
        endpoints.MapFactsApi();
        return endpoints;
    }
}
