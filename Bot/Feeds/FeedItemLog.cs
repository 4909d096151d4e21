using AllianceBot.Facts.Storage;
using Azure.Data.Tables;

namespace AllianceBot.Bot.Feeds;

/// <summary>
/// The feed items already ingested: PartitionKey <c>feed|{sha256(feed url)}</c>, RowKey <c>sha256(item id or link)</c>,
/// with the item's <c>Link</c>, <c>ArticleId</c> and <c>Outcome</c>. Point reads and writes only.
/// </summary>
public sealed class FeedItemLog(TableClient table)
{
    private readonly TableGate gate = new(table);

    public async Task<bool> IsSeenAsync(Uri feed, string itemKey, CancellationToken ct)
    {
        var client = await gate.OpenAsync(ct);
        var hit = await client.GetEntityIfExistsAsync<TableEntity>(Partition(feed), Row(itemKey), ["Outcome"], ct);
        return hit.HasValue;
    }

    public async Task MarkSeenAsync(Uri feed, string itemKey, Uri link, string outcome, string? articleId, CancellationToken ct)
    {
        var client = await gate.OpenAsync(ct);
        var entity = new TableEntity(Partition(feed), Row(itemKey))
        {
            ["Feed"] = feed.AbsoluteUri,
            ["ItemKey"] = itemKey,
            ["Link"] = link.AbsoluteUri,
            ["Outcome"] = outcome,
            ["ArticleId"] = articleId,
        };
        await client.UpsertEntityAsync(entity, TableUpdateMode.Replace, ct);
    }

    private static string Partition(Uri feed) => "feed|" + Hash(feed.AbsoluteUri);

    private static string Row(string itemKey) => Hash(itemKey);

    private static string Hash(string text) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..32];
}
