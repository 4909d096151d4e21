using Azure;
using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>Creates a table on first use, once per process; a failed attempt is forgotten, so the next call tries again.</summary>
public sealed class TableGate(TableClient table)
{
    private Lazy<Task> creation = new(() => table.CreateIfNotExistsAsync());

    public TableClient Table => table;

    public async Task<TableClient> OpenAsync(CancellationToken ct)
    {
        var current = Volatile.Read(ref creation);
        try
        {
            await current.Value.WaitAsync(ct);
        }
        catch (Exception e) when (e is RequestFailedException or HttpRequestException or AggregateException)
        {
            Interlocked.CompareExchange(ref creation, new Lazy<Task>(() => table.CreateIfNotExistsAsync()), current);
            throw;
        }

        return table;
    }
}
