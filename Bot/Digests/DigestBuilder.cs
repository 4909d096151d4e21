using AllianceBot.Bot.Subscriptions;
using AllianceBot.Facts.Model;
using Microsoft.Extensions.Options;

namespace AllianceBot.Bot.Digests;

/// <summary>Builds a subscriber's digest: new facts matching their topics, grouped by kind, most important first.</summary>
public sealed class DigestBuilder(DigestFactSource source, IOptions<DigestOptions> options)
{
    /// <summary>Digest for <paramref name="subscription"/>: facts since its last digest (or the first-digest lookback).</summary>
    public Task<Digest> BuildAsync(Subscription subscription, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var since = subscription.LastDigestAt ?? subscription.ActiveSince - options.Value.FirstDigestLookback;
        return BuildAsync(subscription.Topics, since, ct);
    }

    public async Task<Digest> BuildAsync(SubscriptionTopics topics, DateTimeOffset since, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(topics);
        var (facts, asOf) = await source.IngestedSinceAsync(since, options.Value.IngestionLag, ct);
        var groups = facts.Where(topics.Matches)
            .GroupBy(f => f.Kind)
            .OrderBy(g => Importance(g.Key))
            .Select(g => new DigestGroup(g.Key, g.OrderByDescending(f => f.Date).ThenByDescending(f => f.IngestedAt).ToList()))
            .ToList();
        var title = $"Your AllianceBot digest: {topics.Describe()}";
        return new Digest(title, since, asOf < since ? since : asOf, groups);
    }

    /// <summary>article5 &gt; article4_request &gt; deployment &gt; decision &gt; statement &gt; event.</summary>
    public static int Importance(FactKind kind)
    {
        var index = TopicWords.KindsByImportance.ToList().IndexOf(kind);
        return index < 0 ? int.MaxValue : index;
    }
}
