using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>Splits the entities of one partition into transaction batches within the service's limits (100 operations, 4 MiB).</summary>
internal static class FactBatches
{
    public const int MaxOperations = 100;

    /// <summary>Stays well under the 4 MiB payload limit, counting strings as UTF-16 plus a margin per entity.</summary>
    public const long MaxBytes = 3L * 1024 * 1024;

    public static IEnumerable<List<TableEntity>> Split(IReadOnlyList<TableEntity> entities)
    {
        var batch = new List<TableEntity>();
        long bytes = 0;
        foreach (var entity in entities)
        {
            var size = Size(entity);
            if (batch.Count == MaxOperations || (batch.Count > 0 && bytes + size > MaxBytes))
            {
                yield return batch;
                batch = [];
                bytes = 0;
            }

            batch.Add(entity);
            bytes += size;
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    private static long Size(TableEntity entity) =>
        1024 + entity.Sum(p => 2L * (p.Key.Length + (p.Value?.ToString()?.Length ?? 0)));
}
