using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;
using AllianceBot.Facts.Storage;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// Finds the facts that answer a question. Normally from the warm in-memory <see cref="FactIndex"/>; while its first load
/// is still running, from the fact table queried with the question's structured filters, ranked the same way (BM25) in a
/// throw-away index of those candidates.
/// </summary>
public sealed class FactSearch(FactIndex index, FactTable table, IOptions<AnsweringOptions> options)
{
    /// <summary>How many candidates are ranked; the answer shows fewer.</summary>
    public const int Candidates = 50;

    /// <summary>The share of the best BM25 score a fact needs to be shown.</summary>
    public const float RelevanceCut = 0.35f;

    public async Task<SearchResult> SearchAsync(Question question, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!index.IsReady)
        {
            await Task.WhenAny(index.Ready, Task.Delay(options.Value.WarmupWait, ct));
        }

        if (index.IsReady)
        {
            return Search(index, question);
        }

        using var cold = new FactIndex();
        cold.Add((await table.QueryFactsAsync(TableQuery(question), ct: ct)).Facts);
        return Search(cold, question);
    }

    /// <summary>Searches <paramref name="index"/>: filters must hold; words rank; with no matching words, the filters alone answer.</summary>
    public static SearchResult Search(FactIndex index, Question question)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(question);
        var filter = FactQueries.Filter(question);
        var ranking = FactQueries.Ranking(question, index.Terms(question.Words));
        if (ranking is not null)
        {
            var hits = index.Search(ranking, filter, Candidates, newestFirst: false);
            if (hits.Facts.Count > 0 || filter is null)
            {
                return Relevant(hits);
            }
        }
        else if (filter is null)
        {
            return SearchResult.Empty;
        }

        var all = index.Search(FactQueries.PreferKinds(question.PreferredKinds), filter, Candidates, newestFirst: true);
        return new SearchResult(all.Facts, all.Total, Broadened: ranking is not null);
    }

    /// <summary>
    /// Keeps the facts scoring at least <see cref="RelevanceCut"/> of the best: BM25 gives a long tail of facts that share one
    /// common word ("forces") with the question, which would bury the answer.
    /// </summary>
    internal static SearchResult Relevant(IndexHits hits)
    {
        if (hits.Facts.Count == 0)
        {
            return new SearchResult(hits.Facts, hits.Total);
        }

        var floor = hits.Scores[0] * RelevanceCut;
        var kept = hits.Facts.Where((_, i) => hits.Scores[i] >= floor).ToList();
        return new SearchResult(kept, kept.Count < hits.Facts.Count ? kept.Count : hits.Total);
    }

    /// <summary>The newest facts, optionally within a period (for <c>latest</c> / <c>what's new since …</c>).</summary>
    public async Task<SearchResult> LatestAsync(DateRange? range, CancellationToken ct = default)
    {
        if (!index.IsReady)
        {
            await Task.WhenAny(index.Ready, Task.Delay(options.Value.WarmupWait, ct));
        }

        if (!index.IsReady)
        {
            var page = await table.QueryFactsAsync(new FactQuery { Since = range?.From, Until = range?.To, Top = Candidates }, ct: ct);
            return new SearchResult(page.Facts, page.Facts.Count);
        }

        var latest = index.Search(new Lucene.Net.Search.MatchAllDocsQuery(),
            range is null ? null : FactQueries.Period(range), Candidates, newestFirst: true);
        return new SearchResult(latest.Facts, latest.Total);
    }

    private static FactQuery TableQuery(Question question) => new()
    {
        Kind = question.RequiredKinds.Count == 1 ? question.RequiredKinds.First() : null,
        Country = question.Countries.Count == 1 ? question.Countries[0] : null,
        Speaker = question.People.Count == 1 && question.RequiredKinds.SetEquals([FactKind.Statement]) ? question.People[0] : null,
        Since = question.Range?.From,
        Until = question.Range?.To,
        Top = 1000,
    };
}
