using AllianceBot.Facts.Model;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace AllianceBot.Facts.Storage;

/// <summary>
/// The fact table on Azure Table Storage. SKELETON: the key design and queries are issue #2's storage work.
/// </summary>
public sealed class FactTable(TableClient table, TimeProvider time, ILogger<FactTable> logger)
{
    /// <summary>Stores facts and their index entities; returns how many were new. Re-storing a known fact adds nothing.</summary>
    public Task<int> UpsertFactsAsync(IReadOnlyCollection<Fact> facts, CancellationToken ct = default)
    {
        _ = (table, time, logger, facts, ct);
        throw new NotImplementedException("FactTable.UpsertFactsAsync is not built yet.");
    }

    public Task<Fact?> GetFactAsync(string id, CancellationToken ct = default)
    {
        _ = (table, id, ct);
        throw new NotImplementedException("FactTable.GetFactAsync is not built yet.");
    }

    /// <summary>One page of facts matching <paramref name="query"/>, newest first.</summary>
    public Task<FactPage> QueryFactsAsync(FactQuery query, string? continuationToken = null, CancellationToken ct = default)
    {
        _ = (table, query, continuationToken, ct);
        throw new NotImplementedException("FactTable.QueryFactsAsync is not built yet.");
    }
}
