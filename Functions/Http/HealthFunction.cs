using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace AllianceBot.Functions.Http;

public sealed class HealthFunction
{
    [Function("health")]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        _ = request;
        return new OkObjectResult(new { status = "ok" });
    }
}
