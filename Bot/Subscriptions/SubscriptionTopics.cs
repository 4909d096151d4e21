using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>What a subscriber wants: fact kinds (empty = all) and countries (empty = anywhere).</summary>
public sealed record SubscriptionTopics(IReadOnlyList<FactKind> Kinds, IReadOnlyList<string> Countries)
{
    public static SubscriptionTopics All { get; } = new([], []);

    /// <summary>True when <paramref name="fact"/> is of a wanted kind and concerns a wanted country.</summary>
    public bool Matches(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var kindOk = Kinds.Count == 0 || Kinds.Contains(fact.Kind);
        var countryOk = Countries.Count == 0 || fact.Countries.Concat(fact.To).Concat(fact.Requesters)
            .Any(c => Countries.Contains(c, StringComparer.OrdinalIgnoreCase));
        return kindOk && countryOk;
    }

    /// <summary>"deployments and statements about Poland", "all facts".</summary>
    public string Describe()
    {
        var kinds = Kinds.Count == 0 ? "all facts" : JoinWords(Kinds.Select(TopicWords.Plural));
        return Countries.Count == 0 ? kinds : $"{kinds} about {JoinWords(Countries)}";
    }

    internal static string JoinWords(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }
}
