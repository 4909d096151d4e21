using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// decision: a body, government or leader decided, activated (defence plans), approved, adopted, voted, ordered or
/// authorised something. The decider is the actor before the verb ("it has decided" is the sentence's body); what was
/// decided is the rest of the clause. Decisions only quoted, negated or conditional are left out.
/// </summary>
internal sealed partial class DecisionRule : IFactRule
{
    public IEnumerable<Fact> Apply(AnalyzedArticle doc) =>
        TriggerScan.Apply(doc, Stems, Trigger(), FromTrigger, firstPerSentence: true);

    private static Fact? FromTrigger(AnalyzedArticle doc, Sentence sentence, Match m)
    {
        var before = doc.Text.AsSpan(sentence.Start, m.Index - sentence.Start);
        if (doc.InQuote(m.Index) || NotBefore().IsMatch(before) || Conditional().IsMatch(before))
        {
            return null;
        }

        var actor = ActorFinder.Before(doc, m.Index);
        var what = Phrases.Clause(doc, m.Index + m.Length);
        if (actor is null || what.Length == 0)
        {
            return null;
        }

        var verb = m.Groups["verb"].Value;
        var summary = Phrases.Capitalize($"{Phrases.Display(actor.Name)} {verb} {what}.");
        return FactDraft.Create(doc, FactKind.Decision, sentence.Range, summary) with
        {
            Actors = [actor.Name],
            By = actor.Name,
            Date = FactDates.For(doc, sentence.Range, perfectIsUndated: false),
        };
    }

    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["decided", "activated", "approved", "adopted", "voted", "ordered", "authoris", "authoriz", "imposed", "endorsed", "agreed on"],
        StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:(?:has|have|had)\s+(?:also\s+|now\s+|formally\s+)?)?(?<verb>decided|activated|approved|adopted|voted|ordered|authori[sz]ed|imposed|endorsed|agreed\s+on)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:not|never|n[’']t|yet\s+to)\s+(?:yet\s+)?(?:(?:has|have|had|been)\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NotBefore();

    [GeneratedRegex(@"\b(?:if|unless|would|could|should|might|may)\s+(?:[\p{L}\d,\-’']+\s+){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
