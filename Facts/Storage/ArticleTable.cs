using System.Globalization;
using AllianceBot.Facts.Model;
using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The articles already ingested, so ingestion is idempotent by URL and by content. Each article is written twice:
/// under <c>url|{articleId}</c> and under <c>content|{contentHash}</c> (row key <c>article</c>), both point reads.
/// </summary>
public sealed class ArticleTable(TableClient table)
{
    private const string Row = "article";
    private readonly TableGate gate = new(table);

    /// <summary>The article id of a URL: a hash of the URL without its fragment, scheme and host in lower case.</summary>
    public static string IdFor(string url) => KeyText.Hash(NormalizeUrl(url), 24);

    /// <summary>A hash of the article's text with whitespace collapsed, so re-wrapped copies match.</summary>
    public static string HashContent(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var words = article.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return KeyText.Hash(string.Join(' ', words), 32);
    }

    public async Task<ArticleRecord?> GetByUrlAsync(string url, CancellationToken ct = default) =>
        await GetAsync("url|" + IdFor(url), ct);

    public async Task<ArticleRecord?> GetByContentAsync(string contentHash, CancellationToken ct = default) =>
        await GetAsync("content|" + contentHash, ct);

    /// <summary>Records (or updates) an article under its URL and its content.</summary>
    public async Task RecordAsync(ArticleRecord article, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var client = await gate.OpenAsync(ct);
        await client.UpsertEntityAsync(ToEntity(article, "url|" + article.ArticleId), TableUpdateMode.Replace, ct);
        await client.UpsertEntityAsync(ToEntity(article, "content|" + article.ContentHash), TableUpdateMode.Replace, ct);
    }

    private async Task<ArticleRecord?> GetAsync(string partitionKey, CancellationToken ct)
    {
        var client = await gate.OpenAsync(ct);
        var hit = await client.GetEntityIfExistsAsync<TableEntity>(partitionKey, Row, cancellationToken: ct);
        return hit.HasValue ? FromEntity(hit.Value!) : null;
    }

    private static string NormalizeUrl(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)
            : trimmed;
    }

    private static TableEntity ToEntity(ArticleRecord article, string partitionKey)
    {
        var entity = new TableEntity(partitionKey, Row)
        {
            ["ArticleId"] = article.ArticleId,
            ["Url"] = article.Url,
            ["ContentHash"] = article.ContentHash,
            ["FactCount"] = article.FactCount,
            ["IngestedAt"] = FactKeys.Instant(article.IngestedAt),
        };
        if (article.Title is not null) { entity["Title"] = article.Title; }
        if (article.Publisher is not null) { entity["Publisher"] = article.Publisher; }
        if (article.Published is { } published) { entity["Published"] = FactKeys.Day(published); }
        return entity;
    }

    private static ArticleRecord FromEntity(TableEntity entity) => new(
        entity.GetString("ArticleId"),
        entity.GetString("Url"),
        entity.GetString("ContentHash"),
        entity.GetString("Title"),
        entity.GetString("Publisher"),
        entity.GetString("Published") is { } day ? DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
        entity.GetInt32("FactCount") ?? 0,
        DateTimeOffset.ParseExact(entity.GetString("IngestedAt"), "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'",
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal));
}
