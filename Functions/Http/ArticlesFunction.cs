using AllianceBot.Bot.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Http;

/// <summary><c>POST /api/articles</c>; the runtime checks the function key (<c>x-functions-key</c>).</summary>
public sealed class ArticlesFunction(ArticlesEndpoint endpoint)
{
    [Function("articles")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "articles")] HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await endpoint.PostAsync(request.HttpContext, KeyCheck.Host, ct);
        await result.ExecuteAsync(request.HttpContext);
        return new EmptyResult();
    }
}
