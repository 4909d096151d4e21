namespace AllianceBot.Bot.Answering;

/// <summary>The source articles behind the facts, newest first, with fact counts. Cached per <see cref="FactIndex.Generation"/>.</summary>
public sealed class SourceList(FactIndex index)
{
    private volatile Cached cache = new(-1, []);

    public IReadOnlyList<SourceSummary> List()
    {
        var current = cache;
        if (current.Generation != index.Generation)
        {
            current = new Cached(index.Generation, Build());
            cache = current;
        }

        return current.Sources;
    }

    private List<SourceSummary> Build() => index.All
        .GroupBy(f => f.Source.Url, StringComparer.Ordinal)
        .Select(g =>
        {
            var source = g.First().Source;
            return new SourceSummary(source.Url, source.Title ?? source.Url, FactText.SourceName(source), source.Published, g.Count());
        })
        .OrderByDescending(s => s.Published ?? DateOnly.MinValue)
        .ThenBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
        .ToList();

    private sealed record Cached(long Generation, IReadOnlyList<SourceSummary> Sources);
}
