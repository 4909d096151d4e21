using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Answering;

/// <summary>
/// Example questions the fact table can answer, made from what it holds (the kinds present, the most quoted speaker).
/// Cached per <see cref="FactIndex.Generation"/>, so they change only when facts arrive.
/// </summary>
public sealed class Suggestions(FactIndex index)
{
    private volatile Cached cache = new(-1, []);

    public IReadOnlyList<string> For(Question? question = null)
    {
        var current = cache;
        if (current.Generation != index.Generation)
        {
            current = new Cached(index.Generation, Build());
            cache = current;
        }

        return current.Questions.Where(q => question is null || !q.Equals(question.Text, StringComparison.OrdinalIgnoreCase)).Take(4).ToList();
    }

    private List<string> Build()
    {
        var kinds = new HashSet<FactKind>();
        var speakers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var fact in index.All)
        {
            kinds.Add(fact.Kind);
            if (fact.Kind == FactKind.Statement && fact.Speaker is { } s && PeopleDirectory.LooksLikePerson(s))
            {
                speakers[s] = speakers.GetValueOrDefault(s) + 1;
            }
        }

        var list = new List<string>();
        if (kinds.Contains(FactKind.Article5))
        {
            list.Add("Has Article 5 been invoked?");
        }

        if (kinds.Contains(FactKind.Article4Request))
        {
            list.Add("Which countries requested Article 4 consultations?");
        }

        if (speakers.Count > 0)
        {
            list.Add($"What did {PeopleDirectory.LastName(speakers.MaxBy(p => p.Value).Key)} say?");
        }

        list.Add("latest");
        return list;
    }

    private sealed record Cached(long Generation, IReadOnlyList<string> Questions);
}
