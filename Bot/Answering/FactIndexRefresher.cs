using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using Microsoft.Extensions.Options;

using AllianceBot.Bot.Conversation;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// Keeps the <see cref="FactIndex"/> (and the <see cref="PeopleDirectory"/>) warm: loads every fact once at start-up, then
/// every <see cref="AnsweringOptions.RefreshInterval"/> adds the facts ingested since the previous successful refresh
/// began, minus <see cref="AnsweringOptions.RefreshOverlap"/>: a write stamped before then but stored later (a batch takes
/// seconds) is still caught, and when nothing is being ingested a refresh reads an empty window.
/// A failed load or refresh is logged and tried again on the next tick (from the same point).
/// </summary>
public sealed class FactIndexRefresher(
    FactTable table,
    FactIndex index,
    PeopleDirectory people,
    IOptions<AnsweringOptions> options,
    TimeProvider time,
    ILogger<FactIndexRefresher> logger) : BackgroundService
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset? lastRefreshStarted;

    /// <summary>Loads what is new now (everything, before the first load); returns how many facts were new or changed.</summary>
    public async Task<int> RefreshAsync(CancellationToken ct = default)
    {
        await gate.WaitAsync(ct);
        try
        {
            var started = time.GetUtcNow();
            var since = lastRefreshStarted - options.Value.RefreshOverlap;
            var added = await LoadAsync(new FactQuery { IngestedSince = since, Top = 1000 }, ct);
            lastRefreshStarted = started;
            if (!index.IsReady)
            {
                index.MarkReady();
                Log.IndexLoaded(logger, index.Count);
            }
            else if (added > 0)
            {
                Log.IndexRefreshed(logger, added, index.Count);
            }

            return added;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Log.RefreshFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<int> LoadAsync(FactQuery query, CancellationToken ct)
    {
        var added = 0;
        string? token = null;
        do
        {
            var page = await table.QueryFactsAsync(query, token, ct);
            added += Add(page.Facts);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return added;
    }

    private int Add(IReadOnlyList<Fact> facts)
    {
        if (facts.Count == 0)
        {
            return 0;
        }

        people.Add(facts);
        return index.Add(facts);
    }

    public override void Dispose()
    {
        gate.Dispose();
        base.Dispose();
    }
}
