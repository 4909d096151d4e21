using AllianceBot.Bot.Protocol;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Http;

/// <summary><c>/api/messages</c> on Azure Functions: the same <see cref="MessagesEndpoint"/> as the Bot host.</summary>
public sealed class MessagesFunction(MessagesEndpoint endpoint)
{
    [Function("messages")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "head", Route = "messages")] HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        await endpoint.HandleAsync(request.HttpContext);
        return new EmptyResult();
    }
}
