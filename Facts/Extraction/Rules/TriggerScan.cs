using System.Buffers;
using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// The scan that trigger-word rules share: sentences that hold one of the cheap <c>stems</c> are matched against the
/// rule's trigger pattern, and each match is turned into a fact (or not) by the rule.
/// </summary>
internal static class TriggerScan
{
    public static IEnumerable<Fact> Apply(
        AnalyzedArticle doc,
        SearchValues<string> stems,
        Regex trigger,
        Func<AnalyzedArticle, Sentence, Match, Fact?> fromTrigger,
        bool firstPerSentence)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (var sentence in doc.Sentences)
        {
            if (doc.Span(sentence.Range).IndexOfAny(stems) < 0)
            {
                continue;
            }

            for (var m = trigger.Match(doc.Text, sentence.Start, sentence.Range.Length); m.Success; m = m.NextMatch())
            {
                if (fromTrigger(doc, sentence, m) is { } fact)
                {
                    yield return fact;
                    if (firstPerSentence)
                    {
                        break;
                    }
                }
            }
        }
    }
}
