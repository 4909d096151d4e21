using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Turns a news article into grounded facts. SKELETON: the rules are issue #3's extraction work.
/// </summary>
public sealed class FactExtractor(TimeProvider time)
{
    /// <summary>Extracts the facts of <paramref name="article"/>; every fact carries its evidence sentence and a deterministic id.</summary>
    public IReadOnlyList<Fact> Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        _ = time;
        return [];
    }
}
