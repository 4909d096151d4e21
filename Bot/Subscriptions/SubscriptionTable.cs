using AllianceBot.Bot.Digests;
using AllianceBot.Facts.Storage;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>
/// The Subscriptions table: one row per conversation (partition = first hex digit of the id, row = id). Changes are
/// read-modify-write with the row's ETag, retried on 409/412, so a settings change and a delivery never overwrite each other.
/// The due step reads <c>Active eq true and NextDueAt le now</c>: a bounded scan (see docs/subscriptions.md).
/// </summary>
public sealed class SubscriptionTable(SubscriptionTableClient client, ILogger<SubscriptionTable> logger)
{
    private const int MaxAttempts = 8;
    private readonly TableClient table = client.Table;
    private readonly CreateOnce gate = new(() => client.Table.CreateIfNotExistsAsync());

    public async Task<Subscription?> GetAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await gate.EnsureAsync(ct);
        var hit = await table.GetEntityIfExistsAsync<TableEntity>(SubscriptionKeys.Partition(id), id, cancellationToken: ct);
        return hit.HasValue ? SubscriptionEntities.ToSubscription(hit.Value!) : null;
    }

    /// <summary>The subscription with the ETag it was read with (to change it later without reading it again).</summary>
    public async Task<SubscriptionVersion?> GetVersionAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await gate.EnsureAsync(ct);
        var hit = await table.GetEntityIfExistsAsync<TableEntity>(SubscriptionKeys.Partition(id), id, cancellationToken: ct);
        return hit.HasValue ? new SubscriptionVersion(SubscriptionEntities.ToSubscription(hit.Value!), hit.Value!.ETag) : null;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored subscription (null when there is none) and writes the result with
    /// optimistic concurrency; returns what was stored. A null result leaves the row as it is.
    /// </summary>
    public Task<Subscription?> ChangeAsync(string id, Func<Subscription?, Subscription?> change, CancellationToken ct = default) =>
        ChangeAsync(id, change, null, ct);

    /// <summary>As <see cref="ChangeAsync(string, Func{Subscription?, Subscription?}, CancellationToken)"/>; with <paramref name="known"/> (read earlier) the first try skips the read.</summary>
    public async Task<Subscription?> ChangeAsync(string id, Func<Subscription?, Subscription?> change, SubscriptionVersion? known, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await gate.EnsureAsync(ct);
        for (var attempt = 1; ; attempt++)
        {
            var version = attempt == 1 && known is not null ? known : await GetVersionAsync(id, ct);
            var next = change(version?.Value);
            if (next is null)
            {
                return version?.Value;
            }

            try
            {
                await WriteAsync(next, version?.ETag, ct);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < MaxAttempts)
            {
                logger.LogDebug("Subscription {Id} changed meanwhile ({Status}); reading it again", id, e.Status);
            }
        }
    }

    /// <summary>Active subscriptions whose <see cref="Subscription.NextDueAt"/> has come.</summary>
    public async IAsyncEnumerable<Subscription> QueryDueAsync(DateTimeOffset now, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await gate.EnsureAsync(ct);
        var filter = TableClient.CreateQueryFilter($"Active eq {true} and NextDueAt le {now}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: ct))
        {
            yield return SubscriptionEntities.ToSubscription(entity);
        }
    }

    private Task<Response> WriteAsync(Subscription subscription, ETag? etag, CancellationToken ct)
    {
        var entity = SubscriptionEntities.ToEntity(subscription);
        return etag is { } tag
            ? table.UpdateEntityAsync(entity, tag, TableUpdateMode.Replace, ct)
            : table.AddEntityAsync(entity, ct);
    }
}
