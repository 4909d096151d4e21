using System.Collections.Concurrent;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;

namespace AllianceBot.Bot.Digests;

/// <summary>
/// Facts ingested since an instant, read from the fact table (its ingestion-day partitions), newest first, up to
/// <see cref="MaxFacts"/>. A fan-out asks the same question thousands of times a minute, so one read per starting
/// minute is shared for <see cref="ShareFor"/>; each caller gets only facts at or after its own instant, and only facts
/// before the read's <c>AsOf</c>, so nothing ingested after the read is marked as delivered.
/// </summary>
public sealed class DigestFactSource(FactTable facts, TimeProvider time)
{
    public const int MaxFacts = 1000;
    private static readonly TimeSpan ShareFor = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<DateTimeOffset, Lazy<Task<Snapshot>>> shared = new();

    /// <summary>Facts ingested in [<paramref name="since"/>, AsOf), and AsOf = read time − <paramref name="lag"/>.</summary>
    public async Task<(IReadOnlyList<Fact> Facts, DateTimeOffset AsOf)> IngestedSinceAsync(DateTimeOffset since, TimeSpan lag, CancellationToken ct = default)
    {
        var minute = new DateTimeOffset(since.UtcTicks - since.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var now = time.GetUtcNow();
        foreach (var stale in shared.Where(p => p.Value.IsValueCreated && p.Value.Value.IsCompleted && now - p.Value.Value.Result.ReadAt > ShareFor))
        {
            shared.TryRemove(stale);
        }

        var lazy = shared.GetOrAdd(minute, m => new Lazy<Task<Snapshot>>(() => ReadAsync(m, lag)));
        Snapshot snapshot;
        try
        {
            snapshot = await lazy.Value.WaitAsync(ct);
        }
        catch
        {
            shared.TryRemove(new KeyValuePair<DateTimeOffset, Lazy<Task<Snapshot>>>(minute, lazy));
            throw;
        }

        return (snapshot.Facts.Where(f => f.IngestedAt >= since).ToList(), snapshot.AsOf);
    }

    private async Task<Snapshot> ReadAsync(DateTimeOffset since, TimeSpan lag)
    {
        var readAt = time.GetUtcNow();
        var asOf = readAt - lag;
        var list = new List<Fact>();
        string? token = null;
        do
        {
            var page = await facts.QueryFactsAsync(new FactQuery { IngestedSince = since, Top = 500 }, token);
            list.AddRange(page.Facts.Where(f => f.IngestedAt < asOf));
            token = page.ContinuationToken;
        }
        while (token is not null && list.Count < MaxFacts);

        return new Snapshot(list, asOf, readAt);
    }

    private sealed record Snapshot(IReadOnlyList<Fact> Facts, DateTimeOffset AsOf, DateTimeOffset ReadAt);
}
