using System.Globalization;
using AllianceBot.Facts.Storage;
using Azure;
using Azure.Data.Tables;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// The Deliveries table: exactly one row per subscriber and local date. A row is created only by a conditional insert
/// (409 = someone has it) and changed only with the ETag it was read with (412 = someone changed it first).
/// </summary>
public sealed class DeliveryTable(DeliveryTableClient client)
{
    private readonly TableClient table = client.Table;
    private readonly CreateOnce gate = new(() => client.Table.CreateIfNotExistsAsync());

    /// <summary>Inserts <paramref name="record"/>; returns it with its ETag, or null when the row exists (409).</summary>
    public async Task<DeliveryRecord?> TryInsertAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await gate.EnsureAsync(ct);
        try
        {
            var response = await table.AddEntityAsync(ToEntity(record), ct);
            return record with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task<DeliveryRecord?> GetAsync(string subscriptionId, DateOnly date, CancellationToken ct = default)
    {
        await gate.EnsureAsync(ct);
        var hit = await table.GetEntityIfExistsAsync<TableEntity>(subscriptionId, Row(date), cancellationToken: ct);
        return hit.HasValue ? ToRecord(hit.Value!) : null;
    }

    /// <summary>Replaces the row if it is unchanged since <paramref name="record"/>'s ETag; null when it changed (412).</summary>
    public async Task<DeliveryRecord?> TryUpdateAsync(DeliveryRecord record, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        await gate.EnsureAsync(ct);
        try
        {
            var response = await table.UpdateEntityAsync(ToEntity(record), record.ETag, TableUpdateMode.Replace, ct);
            return record with { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return null;
        }
    }

    /// <summary>
    /// Sets the row to <see cref="DeliveryState.Sending"/> if it is unchanged since <paramref name="etag"/> (one merge);
    /// null when it changed (412) or is missing (404).
    /// </summary>
    public async Task<DeliveryRecord?> TryClaimAsync(string subscriptionId, DateOnly date, ETag etag, DateTimeOffset now, CancellationToken ct = default)
    {
        await gate.EnsureAsync(ct);
        var entity = new TableEntity(subscriptionId, Row(date)) { ["State"] = DeliveryState.Sending.ToString(), ["UpdatedAt"] = now };
        try
        {
            var response = await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Merge, ct);
            return new DeliveryRecord(subscriptionId, date, DeliveryState.Sending, now) { ETag = response.Headers.ETag ?? default };
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }
    }

    public static string Row(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static TableEntity ToEntity(DeliveryRecord r) => new(r.SubscriptionId, Row(r.LocalDate))
    {
        ["State"] = r.State.ToString(),
        ["UpdatedAt"] = r.UpdatedAt,
        ["LastError"] = r.LastError,
        ["ActivityId"] = r.ActivityId,
        ["FactCount"] = r.FactCount,
        ["DigestAsOf"] = r.DigestAsOf,
    };

    private static DeliveryRecord ToRecord(TableEntity e) =>
        new(e.PartitionKey, DateOnly.ParseExact(e.RowKey, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Enum.Parse<DeliveryState>(e.GetString("State")), e.GetDateTimeOffset("UpdatedAt") ?? default)
        {
            LastError = e.GetString("LastError"),
            ActivityId = e.GetString("ActivityId"),
            FactCount = e.GetInt32("FactCount") ?? 0,
            DigestAsOf = e.GetDateTimeOffset("DigestAsOf"),
            ETag = e.ETag,
        };
}
