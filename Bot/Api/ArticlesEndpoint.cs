using AllianceBot.Bot.Hosting;
using AllianceBot.Facts.Ingestion;

namespace AllianceBot.Bot.Api;

/// <summary><c>POST /api/articles</c>: ingests an article; 201 with its facts, 200 when it was known already.</summary>
public sealed class ArticlesEndpoint(ArticleIngestor ingestor, ApiKeyGuard guard)
{
    public async Task<IResult> PostAsync(HttpContext context, KeyCheck check, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var operation = Telemetry.Source.StartActivity(Telemetry.Ingestion);
        if (guard.Check(context, write: true, check) is { } denied)
        {
            return denied;
        }

        var (article, error) = await ArticleRequestReader.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var result = await ingestor.IngestAsync(article!, ct);
        return ApiResults.Json(new ArticleResponse(result.ArticleId, result.Facts),
            result.Created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
