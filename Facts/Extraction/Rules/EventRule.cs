using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// event: something that happened, outside quotes and conditionals: martial law or an emergency declared, an
/// attack, assault, invasion or offensive launched, a country invaded or annexed, ties broken off, aircraft shot down,
/// missiles or drones striking, airspace violated, mobilisation ordered. The actor is the one before the verb ("who"
/// is the person just named); a drone or missile belongs only to the country named right before it ("a Russian drone").
/// </summary>
internal sealed partial class EventRule : IFactRule
{
    public IEnumerable<Fact> Apply(AnalyzedArticle doc) =>
        TriggerScan.Apply(doc, Stems, Trigger(), FromTrigger, firstPerSentence: false);

    private static Fact? FromTrigger(AnalyzedArticle doc, Sentence sentence, Match m)
    {
        var before = doc.Text.AsSpan(sentence.Start, m.Index - sentence.Start);
        if (doc.InQuote(m.Index) || Conditional().IsMatch(before))
        {
            return null;
        }

        var nounLed = m.Groups["noun"].Success;
        var actor = ActorFinder.Before(doc, m.Index);
        var adjacent = actor is not null && m.Index - actor.End <= 1;
        actor = nounLed && !adjacent ? null : actor;
        var rest = Phrases.Clause(doc, m.Index + m.Length, 10);
        var what = (m.Value + " " + rest).Trim();
        var summary = actor is null ? Phrases.Capitalize((nounLed ? "a " : string.Empty) + what) + "."
            : nounLed ? Phrases.Capitalize($"{doc.Text[actor.Start..actor.End]} {what}.")
            : Phrases.Capitalize($"{Phrases.Display(actor.Name)} {what}.");
        return FactDraft.Create(doc, FactKind.Event, sentence.Range, summary) with
        {
            Actors = actor is null ? [] : [actor.Name],
            By = actor?.Name,
            Date = FactDates.For(doc, sentence.Range),
        };
    }

    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["declar", "launch", "invaded", "annexed", "attacked", "shot down", "off", "sever", "struck", " hit", "landed",
         "crashed", "exploded", "violated", "mobili"], StringComparison.Ordinal);

    [GeneratedRegex(@"\b(?:declar(?:ed|es)\s+(?:martial\s+law|a\s+(?:nationwide\s+)?state\s+of\s+(?:emergency|war)|war\s+on|(?:a\s+)?general\s+mobili[sz]ation)|launch(?:ed|es)\s+(?:a\s+|an\s+|its\s+)?(?:[\p{L}\-]+\s+){0,3}?(?:assault|attack|invasion|offensive|strikes?|incursion)|invaded|annexed|attacked(?=\s+\p{Lu})|shot\s+down|(?:broke|breaks|cut)\s+off\s+(?:diplomatic\s+)?(?:ties|relations)|sever(?:ed|s)\s+(?:diplomatic\s+)?(?:ties|relations)|(?<noun>(?:missiles?|drones?|rockets?)\s+(?:struck|hit|landed|crashed|exploded))|violated\s+(?:[\p{L}\-’']+\s+){0,2}airspace|ordered\s+(?:a\s+)?(?:general\s+|full\s+|partial\s+)?mobili[sz]ation)", RegexOptions.CultureInvariant)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?:if|unless|would|could|should|might|whether)\b[^,;]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
