using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// article5: a sentence about Article 5 (or "it" right after one, in the same paragraph) that says it was not invoked
/// ("did not invoke"), was invoked ("has been invoked only once"; conditionals such as "would invoke … only if" are
/// no stance), or holds the commitment ("ironclad", "sacrosanct", "unwavering"). A commitment belongs to whoever
/// says it (the sentence's quoted speaker, else the person or body named); invoking to the member or NATO.
/// </summary>
internal sealed partial class Article5Rule : IFactRule
{
    public IEnumerable<Fact> Apply(AnalyzedArticle doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var previousParagraph = -1;
        foreach (var sentence in doc.Sentences)
        {
            var text = doc.Span(sentence.Range);
            var relevant = text.IndexOfAny(Stems) >= 0;
            var named = relevant && ArticleFive().IsMatch(text);
            var refersBack = relevant && !named && previousParagraph == sentence.Paragraph && ItInvoked().IsMatch(text);
            previousParagraph = named ? sentence.Paragraph : (refersBack ? previousParagraph : -1);
            if ((named || refersBack) && FromSentence(doc, sentence) is { } fact)
            {
                yield return fact;
            }
        }
    }

    private static Fact? FromSentence(AnalyzedArticle doc, Sentence sentence)
    {
        var (stance, trigger) = Stance(doc, sentence);
        if (stance is null)
        {
            return null;
        }

        var by = stance == Article5Stance.Commitment ? Committer(doc, sentence) : Invoker(doc, trigger);
        var date = FactDates.For(doc, sentence.Range);
        var summary = stance switch
        {
            Article5Stance.NotInvoked => $"{Phrases.Display(by)} did not invoke Article 5 (collective defence).",
            Article5Stance.Invoked when date is null => $"{Phrases.Display(by)} has invoked Article 5 (collective defence) in the past.",
            Article5Stance.Invoked => $"{Phrases.Display(by)} invoked Article 5 (collective defence).",
            _ => $"{Phrases.Display(by)} affirmed the commitment to Article 5 (collective defence).",
        };
        return FactDraft.Create(doc, FactKind.Article5, sentence.Range, Phrases.Capitalize(summary)) with
        {
            Stance = stance,
            By = by,
            Actors = [by],
            Date = date,
        };
    }

    private static (Article5Stance? Stance, int Trigger) Stance(AnalyzedArticle doc, Sentence sentence)
    {
        var negated = NotInvoked().Match(doc.Text, sentence.Start, sentence.Range.Length);
        if (negated.Success)
        {
            return (Article5Stance.NotInvoked, negated.Index);
        }

        var invoked = Invoked().Match(doc.Text, sentence.Start, sentence.Range.Length);
        if (invoked.Success)
        {
            return Conditional().IsMatch(doc.Span(sentence.Range)) ? (null, 0) : (Article5Stance.Invoked, invoked.Index);
        }

        var commitment = Commitment().Match(doc.Text, sentence.Start, sentence.Range.Length);
        return commitment.Success ? (Article5Stance.Commitment, commitment.Index) : (null, 0);
    }

    /// <summary>Who invokes: the member or body named before the verb ("Member countries" are NATO); NATO by default.</summary>
    private static string Invoker(AnalyzedArticle doc, int trigger) =>
        ActorFinder.Before(doc, trigger) is { Kind: not EntityKind.Person } actor ? actor.ActsFor ?? actor.Name : "NATO";

    /// <summary>Who commits: the speaker quoted in the sentence, else the first person or body named outside quotes.</summary>
    private static string Committer(AnalyzedArticle doc, Sentence sentence)
    {
        var quoted = doc.QuotesIn(sentence.Range).FirstOrDefault(q => q.Speaker is not null)?.Speaker;
        if (quoted is not null)
        {
            return quoted.Name;
        }

        var named = doc.EntitiesIn(sentence.Range).Where(e => !doc.InQuote(e.Start)).ToList();
        var actor = named.FirstOrDefault(e => e.Kind == EntityKind.Person) ?? named.FirstOrDefault();
        return actor?.Name ?? "NATO";
    }

    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["rticle", "defence", "defense", "invok", "trigger"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b[Aa]rticle\s+(?:5|V|[Ff]ive)\b|\b(?:collective|mutual)[- ]defen[cs]e\s+(?:clause|commitment|pledge|guarantee)", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleFive();

    [GeneratedRegex(@"\b(?:[Ii]t|[Tt]he\s+(?:clause|article|provision))\s+(?:\w+\s+){0,3}?(?:invok|trigger)\w*", RegexOptions.CultureInvariant)]
    private static partial Regex ItInvoked();

    [GeneratedRegex(@"\b(?:not|never|no|n[’']t|without|refrain\w*\s+from|stopp?e?d?\s+short\s+of|declin\w+\s+to|no\s+plans?\s+to)\s+(?:\w+\s+){0,3}?(?:invok|trigger|activat)\w*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NotInvoked();

    [GeneratedRegex(@"\b(?:invoked|invoking|invokes|triggered|triggering|activated)\b|\bdid\s+invoke\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Invoked();

    [GeneratedRegex(@"\b(?:if|unless|would|could|should|whether|might|may)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\b(?:commitments?|committed|commit|iron-?clad|sacrosanct|unwavering|rock[- ]solid|steadfast|unshak(?:e)?able|unbreakable|pledge[ds]?|stand\s+by|honou?r(?:s|ed)?|defend\s+every\s+inch)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Commitment();
}
