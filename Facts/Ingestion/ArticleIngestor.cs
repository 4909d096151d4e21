using AllianceBot.Facts.Extraction;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Facts.Ingestion;

/// <summary>
/// Ingests an article once: when its URL is known with the same text, or its text is known under another URL, the
/// stored facts are returned and nothing is written; otherwise its facts are extracted and stored, then the article is
/// recorded (last, so an ingestion cut short is simply done again).
/// </summary>
public sealed class ArticleIngestor(
    FactExtractor extractor, FactTable facts, ArticleTable articles, TimeProvider time, ILogger<ArticleIngestor> logger)
{
    public async Task<IngestResult> IngestAsync(Article article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var hash = ArticleTable.HashContent(article);
        var known = await articles.GetByUrlAsync(article.Url, ct) is { } byUrl && byUrl.ContentHash == hash
            ? byUrl
            : await articles.GetByContentAsync(hash, ct);
        if (known is not null)
        {
            logger.LogInformation("Article {Url} is known as {ArticleId}", article.Url, known.ArticleId);
            return new IngestResult(known.ArticleId, false, await FactsOfAsync(known.Url, ct));
        }

        var extracted = extractor.Extract(article);
        var stored = await facts.StoreFactsAsync(extracted, ct);
        var id = ArticleTable.IdFor(article.Url);
        await articles.RecordAsync(new ArticleRecord(id, article.Url.Trim(), hash, article.Title, article.Publisher,
            article.Published, stored.Facts.Count, time.GetUtcNow()), ct);
        logger.LogInformation("Ingested article {Url} as {ArticleId}: {Count} facts, {Added} new", article.Url, id, stored.Facts.Count, stored.Added);
        return new IngestResult(id, true, stored.Facts);
    }

    /// <summary>All stored facts of the article at <paramref name="url"/>, newest first.</summary>
    public async Task<IReadOnlyList<Fact>> FactsOfAsync(string url, CancellationToken ct = default)
    {
        var all = new List<Fact>();
        string? token = null;
        do
        {
            var page = await facts.QueryFactsAsync(new FactQuery { SourceUrl = url.Trim(), Top = 1000 }, token, ct);
            all.AddRange(page.Facts);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return all;
    }
}
