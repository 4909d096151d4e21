using AllianceBot.Facts.Storage;
using AllianceBot.Testing;
using Azure.Core;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace AllianceBot.IntegrationTests.Storage;

/// <summary>A fact table of its own in Azurite, with a recording policy on its client and a fake clock.</summary>
internal sealed class FactTableFixture
{
    public FactTableFixture(DateTimeOffset? now = null)
    {
        var options = new TableClientOptions();
        options.AddPolicy(Recorder, HttpPipelinePosition.PerCall);
        Client = new TableClient(Azurite.ConnectionString, Azurite.UniqueName("facts"), options);
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        Table = new FactTable(Client, Time, NullLogger<FactTable>.Instance);
    }

    public RecordingPolicy Recorder { get; } = new();

    public TableClient Client { get; }

    public FakeTimeProvider Time { get; }

    public FactTable Table { get; }

    /// <summary>Counts every entity in the table (a full scan, for tests only).</summary>
    public async Task<int> CountEntitiesAsync(CancellationToken ct)
    {
        var count = 0;
        await foreach (var _ in Client.QueryAsync<TableEntity>(select: ["PartitionKey"], cancellationToken: ct))
        {
            count++;
        }

        return count;
    }
}
