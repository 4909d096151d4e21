using AllianceBot.Bot.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Http;

/// <summary><c>GET /api/facts</c> and <c>GET /api/facts/{id}</c>; the runtime checks the function key.</summary>
public sealed class FactsFunction(FactsEndpoint endpoint)
{
    [Function("facts")]
    public async Task<IActionResult> Query(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "facts")] HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await endpoint.QueryAsync(request.HttpContext, KeyCheck.Host, ct);
        await result.ExecuteAsync(request.HttpContext);
        return new EmptyResult();
    }

    [Function("fact")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "facts/{id}")] HttpRequest request, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await endpoint.GetAsync(request.HttpContext, id, KeyCheck.Host, ct);
        await result.ExecuteAsync(request.HttpContext);
        return new EmptyResult();
    }
}
