using AllianceBot.Facts.Storage;

namespace AllianceBot.Bot.Api;

/// <summary><c>GET /api/facts</c> (filtered, newest first, paged) and <c>GET /api/facts/{id}</c>.</summary>
public sealed class FactsEndpoint(FactTable table, FactTextSearch search, ApiKeyGuard guard)
{
    public async Task<IResult> QueryAsync(HttpContext context, KeyCheck check, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (guard.Check(context, write: false, check) is { } denied)
        {
            return denied;
        }

        var (request, error) = FactsRequestParser.Parse(context.Request.Query);
        if (error is not null)
        {
            return error;
        }

        try
        {
            var page = request!.Words.Count == 0
                ? await table.QueryFactsAsync(request.Query, request.ContinuationToken, ct)
                : await search.SearchAsync(request.Query, request.Words, request.ContinuationToken, ct);
            return ApiResults.Json(new FactsResponse(page.Facts, page.ContinuationToken));
        }
        catch (FormatException)
        {
            return ApiResults.Error(StatusCodes.Status400BadRequest, "continuationToken is not a token this query gave.");
        }
    }

    public async Task<IResult> GetAsync(HttpContext context, string id, KeyCheck check, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (guard.Check(context, write: false, check) is { } denied)
        {
            return denied;
        }

        var fact = string.IsNullOrWhiteSpace(id) ? null : await table.GetFactAsync(id, ct);
        return fact is null
            ? ApiResults.Error(StatusCodes.Status404NotFound, $"No fact has the id '{id}'.")
            : ApiResults.Json(fact);
    }
}
