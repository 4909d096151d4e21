using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// Who acts at a point of a sentence: "it"/"they" before the verb is the sentence's first organisation or country,
/// "who" the person just named, otherwise the last person, organisation or country named before the verb (outside
/// quotes, not after "to", "in", "with"… and not in compounds like "Warsaw-based").
/// </summary>
internal static partial class ActorFinder
{
    public static EntityMention? Before(AnalyzedArticle doc, int position)
    {
        var sentence = doc.Sentences[doc.SentenceAt(position)];
        var pronoun = PronounBefore().Match(doc.Text, sentence.Start, position - sentence.Start);
        if (pronoun.Success)
        {
            return Pronoun(doc, sentence, pronoun.Groups["p"].Value.ToLowerInvariant(), pronoun.Index);
        }

        EntityMention? last = null;
        foreach (var e in doc.EntitiesIn(new TextRange(sentence.Start, position)))
        {
            if (doc.InQuote(e.Start) || IsObject(doc, e) || (e.End < doc.Text.Length && doc.Text[e.End] == '-'))
            {
                continue;
            }

            if (last is not null && e.Start < last.End && e.Kind != EntityKind.Person)
            {
                continue;
            }

            last = e;
        }

        return last;
    }

    private static EntityMention? Pronoun(AnalyzedArticle doc, Sentence sentence, string pronoun, int at)
    {
        if (pronoun is "it" or "they")
        {
            return doc.EntitiesIn(new TextRange(sentence.Start, at))
                .FirstOrDefault(e => e.Kind != EntityKind.Person && !doc.InQuote(e.Start) && !IsObject(doc, e));
        }

        for (var i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var e = doc.Entities[i];
            if (e.Start < at && e.Kind == EntityKind.Person && !doc.InQuote(e.Start))
            {
                return e;
            }
        }

        return null;
    }

    private static bool IsObject(AnalyzedArticle doc, EntityMention e)
    {
        var from = Math.Max(0, e.Start - 14);
        return ObjectCue().IsMatch(doc.Text.AsSpan(from, e.Start - from));
    }

    [GeneratedRegex(@"\b(?<p>[Ii]t|[Tt]hey|[Ww]ho|[Hh]e|[Ss]he)\s+(?:(?:has|have|had|also|then|later|had\s+already)\s+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex PronounBefore();

    [GeneratedRegex(@"\b(?:to|into|in|inside|toward|towards|against|with|across|near|from|on|at|for|of|over)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ObjectCue();
}
