using Azure.Data.Tables;

namespace AllianceBot.Facts.Storage;

/// <summary>A table that is created on first use, once per process (see <see cref="CreateOnce"/>).</summary>
public sealed class TableGate(TableClient table)
{
    private readonly CreateOnce creation = new(() => table.CreateIfNotExistsAsync());

    public TableClient Table => table;

    public async Task<TableClient> OpenAsync(CancellationToken ct)
    {
        await creation.EnsureAsync(ct);
        return table;
    }
}
