using System.Collections.Concurrent;
using AllianceBot.Facts.Model;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The fact table on Azure Table Storage (design in docs/fact-table.md). Each fact is stored under its id and copied into
/// index partitions (all, kind, source, country, speaker, ingestion day) whose row keys sort newest first, so every query
/// reads one partition, or a few ingestion days. Writing is idempotent: ids are deterministic, the fact entity is added
/// first (its existence says the fact is known), index copies are upserted in per-partition batches.
/// </summary>
public sealed class FactTable(TableClient table, TimeProvider time, ILogger<FactTable> logger)
{
    private const int MaxTop = 1000;
    private readonly TableGate gate = new(table);

    /// <summary>Stores facts and their index entities; returns how many were new. Re-storing a known fact adds nothing.</summary>
    public async Task<int> UpsertFactsAsync(IReadOnlyCollection<Fact> facts, CancellationToken ct = default) =>
        (await StoreFactsAsync(facts, ct)).Added;

    /// <summary>
    /// Stores facts (ids computed where empty, ingestion time stamped where unset); a known fact keeps its stored
    /// ingestion time and has its index copies rewritten, which repairs a write cut short before.
    /// </summary>
    public async Task<FactUpsertResult> StoreFactsAsync(IReadOnlyCollection<Fact> facts, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var client = await gate.OpenAsync(ct);
        var now = time.GetUtcNow();
        var unique = facts
            .Select(f => string.IsNullOrEmpty(f.Id) ? FactIds.WithId(f) : f)
            .Select(f => f.IngestedAt == default ? f with { IngestedAt = now } : f)
            .DistinctBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        var stored = new ConcurrentDictionary<string, Fact>(StringComparer.Ordinal);
        var added = 0;
        await Parallel.ForEachAsync(unique, Parallelism(ct), async (fact, token) =>
        {
            var (result, isNew) = await AddPrimaryAsync(client, fact, token);
            stored[fact.Id] = result;
            if (isNew)
            {
                Interlocked.Increment(ref added);
            }
        });

        var ordered = unique.Select(f => stored[f.Id]).ToList();
        await WriteIndexesAsync(client, ordered, ct);
        logger.LogInformation("Upserted {Count} facts, {Added} new", ordered.Count, added);
        return new FactUpsertResult(added, ordered);
    }

    public async Task<Fact?> GetFactAsync(string id, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        var client = await gate.OpenAsync(ct);
        var hit = await client.GetEntityIfExistsAsync<TableEntity>(FactKeys.Primary(id), FactKeys.PrimaryRow(id), cancellationToken: ct);
        return hit.HasValue ? FactEntities.ToFact(hit.Value!) : null;
    }

    /// <summary>True when no fact is stored (reads one entity of the <c>all</c> partition).</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken ct = default) =>
        (await QueryFactsAsync(new FactQuery { Top = 1 }, null, ct)).Facts.Count == 0;

    /// <summary>One page of facts matching <paramref name="query"/>, newest first.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Top is not within 1..1000.</exception>
    /// <exception cref="FormatException">The continuation token is not one this table gave for this query.</exception>
    public async Task<FactPage> QueryFactsAsync(FactQuery query, string? continuationToken = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Top, 1, nameof(query));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Top, MaxTop, nameof(query));
        var plan = FactQueryPlan.For(query, time.GetUtcNow());
        var (start, inner) = Resume(plan, continuationToken);
        var client = await gate.OpenAsync(ct);
        var facts = new List<Fact>(query.Top);
        for (var i = start; i < plan.Partitions.Count; i++, inner = null)
        {
            inner = await ReadPartitionAsync(client, plan.Filters[i], inner, query.Top, facts, ct);
            if (inner is not null)
            {
                return new FactPage(facts, new FactContinuation(plan.Partitions[i], inner).Encode());
            }

            if (facts.Count >= query.Top)
            {
                var next = i + 1 < plan.Partitions.Count ? new FactContinuation(plan.Partitions[i + 1], null).Encode() : null;
                return new FactPage(facts, next);
            }
        }

        return new FactPage(facts, null);
    }

    /// <summary>Reads pages of one partition into <paramref name="facts"/> until it holds <paramref name="top"/>; returns where to go on, null when the partition is done.</summary>
    private static async Task<string?> ReadPartitionAsync(
        TableClient client, string filter, string? token, int top, List<Fact> facts, CancellationToken ct)
    {
        while (facts.Count < top)
        {
            var remaining = top - facts.Count;
            var pages = client.QueryAsync<TableEntity>(filter, remaining, cancellationToken: ct).AsPages(token, remaining);
            await using var enumerator = pages.GetAsyncEnumerator(ct);
            if (!await enumerator.MoveNextAsync())
            {
                return null;
            }

            facts.AddRange(enumerator.Current.Values.Take(remaining).Select(FactEntities.ToFact));
            token = enumerator.Current.ContinuationToken;
            if (token is null)
            {
                return null;
            }
        }

        return token;
    }

    private static (int Start, string? Inner) Resume(FactQueryPlan plan, string? continuationToken)
    {
        if (string.IsNullOrEmpty(continuationToken))
        {
            return (0, null);
        }

        var position = FactContinuation.Decode(continuationToken);
        var index = plan.Partitions.ToList().IndexOf(position.Partition);
        return index >= 0 ? (index, position.Token) : throw new FormatException("The continuation token does not belong to this query.");
    }

    private static async Task<(Fact Fact, bool IsNew)> AddPrimaryAsync(TableClient client, Fact fact, CancellationToken ct)
    {
        var known = await client.GetEntityIfExistsAsync<TableEntity>(FactKeys.Primary(fact.Id), FactKeys.PrimaryRow(fact.Id), cancellationToken: ct);
        if (known.HasValue)
        {
            return (FactEntities.ToFact(known.Value!), false);
        }

        try
        {
            await client.AddEntityAsync(FactEntities.Primary(fact), ct);
            return (fact, true);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var winner = await client.GetEntityAsync<TableEntity>(FactKeys.Primary(fact.Id), FactKeys.PrimaryRow(fact.Id), cancellationToken: ct);
            return (FactEntities.ToFact(winner.Value), false);
        }
    }

    private static async Task WriteIndexesAsync(TableClient client, IReadOnlyList<Fact> facts, CancellationToken ct)
    {
        var batches = facts.SelectMany(FactEntities.Indexes)
            .GroupBy(e => e.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => FactBatches.Split(g.ToList()))
            .ToList();
        await Parallel.ForEachAsync(batches, Parallelism(ct), async (batch, token) =>
            await client.SubmitTransactionAsync(
                batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token));
    }

    private static ParallelOptions Parallelism(CancellationToken ct) => new() { MaxDegreeOfParallelism = 8, CancellationToken = ct };
}
