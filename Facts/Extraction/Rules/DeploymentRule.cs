using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// deployment: a sentence with a deployment verb ("deployed", "sending", "stationed", "will enable us to deploy") or a
/// presence denial ("there are no … troops inside X") and assets (troops, fighter jets, attack helicopters, infantry,
/// named forces such as the NATO Response Force). The sender is the country or body that qualifies the assets ("US
/// troops"), else the actor before the verb ("the Pentagon" acts for the United States), else NATO for its named
/// forces; destinations are the places after "to", "into", "in", "inside"… up to the
/// end of the clause. Negated ("no intention of deploying") or denied presence is <see cref="Certainty.Denied"/>,
/// what "may", "will" or "would" happen is <see cref="Certainty.Expected"/>.
/// </summary>
internal sealed partial class DeploymentRule(DeploymentAssets assets) : IFactRule
{
    public IEnumerable<Fact> Apply(AnalyzedArticle doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (var sentence in doc.Sentences)
        {
            var fact = FromSentence(doc, sentence);
            if (fact is not null)
            {
                yield return fact;
            }
        }
    }

    private Fact? FromSentence(AnalyzedArticle doc, Sentence sentence)
    {
        var text = doc.Span(sentence.Range);
        if (text.IndexOfAny(Stems) < 0 || !DeploymentAssets.MayHold(text))
        {
            return null;
        }

        var presence = NoPresence().Match(doc.Text, sentence.Start, sentence.Range.Length);
        var verb = Verb().Match(doc.Text, sentence.Start, sentence.Range.Length);
        if (!presence.Success && !verb.Success)
        {
            return null;
        }

        var found = assets.Find(doc, sentence.Range);
        if (found.Count == 0)
        {
            return null;
        }

        var trigger = presence.Success && (!verb.Success || presence.Index < verb.Index) ? presence.Index : verb.Index;
        var certainty = presence.Success || IsDenied(doc, sentence, verb) ? Certainty.Denied : Expected(doc, sentence, trigger);
        var by = Sender(doc, found, trigger);
        var to = Destinations(doc, sentence, trigger);
        var size = SizeNear(doc, sentence);
        var names = DeploymentAssets.Distinct(found);
        var sizeText = size.Success ? size.Groups["size"].Value : null;
        return FactDraft.Create(doc, FactKind.Deployment, sentence.Range, Summary(by, names, to, sizeText, certainty)) with
        {
            By = by,
            To = to,
            Assets = names,
            Size = sizeText,
            Actors = by is null ? [] : [by],
            Certainty = certainty,
            Date = FactDates.For(doc, sentence.Range),
        };
    }

    /// <summary>"about 20,000 … forces": the size pattern runs only where the sentence has a figure.</summary>
    private static Match SizeNear(AnalyzedArticle doc, Sentence sentence)
    {
        var text = doc.Span(sentence.Range);
        var figure = text.IndexOfAny(Figures);
        if (figure < 0)
        {
            return Match.Empty;
        }

        var from = Math.Max(sentence.Start, sentence.Start + figure - 40);
        return Size().Match(doc.Text, from, sentence.End - from);
    }

    private static readonly System.Buffers.SearchValues<string> Figures = System.Buffers.SearchValues.Create(
        ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "hundred", "thousand", "dozen", "several", "a few"], StringComparison.OrdinalIgnoreCase);

    private static bool IsDenied(AnalyzedArticle doc, Sentence sentence, Match verb)
    {
        if (!verb.Success)
        {
            return false;
        }

        var from = Math.Max(sentence.Start, verb.Index - 60);
        return Negation().IsMatch(doc.Text.AsSpan(from, verb.Index - from));
    }

    private static Certainty Expected(AnalyzedArticle doc, Sentence sentence, int trigger)
    {
        var from = Math.Max(sentence.Start, trigger - 50);
        return Modal().IsMatch(doc.Text.AsSpan(from, trigger - from)) ? Certainty.Expected : Certainty.Reported;
    }

    /// <summary>"US troops" → United States; a NATO force → NATO; else the actor before the verb, for whom it acts.</summary>
    private static string? Sender(AnalyzedArticle doc, IReadOnlyList<DeploymentAsset> found, int trigger)
    {
        var qualified = found.FirstOrDefault(a => a.Owner is not null);
        if (qualified is not null)
        {
            return qualified.Owner;
        }

        var actor = ActorFinder.Before(doc, trigger);
        if (actor is not null && (actor.Kind != EntityKind.Person || actor.ActsFor is not null))
        {
            return actor.ActsFor ?? actor.Name;
        }

        if (found.Any(a => a.IsNatoForce))
        {
            return "NATO";
        }

        var quote = doc.Quotes.FirstOrDefault(q => q.Span.Contains(trigger));
        return quote?.Speaker?.ActsFor;
    }

    private static List<string> Destinations(AnalyzedArticle doc, Sentence sentence, int trigger)
    {
        var clauseEnd = ClauseBreak().Match(doc.Text, trigger, sentence.End - trigger);
        var end = clauseEnd.Success ? clauseEnd.Index : sentence.End;
        var to = new List<string>();
        var lastEnd = -1;
        foreach (var place in doc.PlacesIn(new TextRange(trigger, end)))
        {
            var from = Math.Max(trigger, place.Start - 30);
            var before = doc.Text.AsSpan(from, place.Start - from);
            var listed = lastEnd >= 0 && ListContinues().IsMatch(doc.Text.AsSpan(lastEnd, place.Start - lastEnd));
            if (!place.IsDemonym && (listed || Direction().IsMatch(before)))
            {
                to.Add(place.Place.Name);
                lastEnd = place.End;
            }
        }

        return to.Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Summary(string? by, List<string> assets, List<string> to, string? size, Certainty certainty)
    {
        var what = Phrases.Join(assets.Select(a => char.IsUpper(a[0]) && a.Contains(' ', StringComparison.Ordinal) ? "the " + a : a).ToList()) + (size is null ? string.Empty : $" ({size})");
        var where = to.Count == 0 ? string.Empty : " to " + Phrases.Join(to.Select(Phrases.Display).ToList());
        var sentence = (by, certainty) switch
        {
            (null, Certainty.Denied) => $"No {what} are deployed{where}.",
            (null, Certainty.Expected) => $"{what} may be deployed{where}.",
            (null, _) => $"{what} were deployed{where}.",
            (_, Certainty.Denied) => $"{Phrases.Display(by)} is not deploying {what}{where}.",
            (_, Certainty.Expected) => $"{Phrases.Display(by)} may deploy {what}{where}.",
            _ => $"{Phrases.Display(by)} deployed {what}{where}.",
        };
        return Phrases.Capitalize(sentence);
    }

    /// <summary>A sentence without one of these has no deployment; the patterns run only on the others.</summary>
    private static readonly System.Buffers.SearchValues<string> Stems = System.Buffers.SearchValues.Create(
        ["deploy", "send", "sent", "dispatch", "station", "reinforc", "mov", "order", "rotat", "arriv", "position",
         "bolster", "boost", "strengthen", "increas", "there are no", "there is no", "there were no", "there was no",
         "there will be no"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(?:deploy(?:s|ed|ing|ment|ments)?|redeploy\w*|send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|station(?:s|ed|ing)?|reinforc(?:e|es|ed|ing)|(?:mov(?:e|es|ed|ing)|order(?:s|ed|ing)?)\s+(?:[\p{L}\d,\-’']+\s+){0,6}?(?:to|into)\s|rotat(?:e|es|ed|ing)\s+(?:[\p{L}\d,\-’']+\s+){0,4}?(?:to|into|through)\s|arriv(?:e|es|ed|ing)\s+(?:in|at)|pre-?position\w*|(?:bolster|boost|strengthen|increas)\w*\s+(?:its\s+|their\s+|the\s+)?(?:military\s+)?(?:presence|forces|troop))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    [GeneratedRegex(@"\b[Tt]here\s+(?:are|is|were|was|will\s+be)\s+no\b", RegexOptions.CultureInvariant)]
    private static partial Regex NoPresence();

    [GeneratedRegex(@"\b(?:no|not|never|n[’']t|no\s+intention\s+of|no\s+plans?\s+to|rul(?:e|ed|es|ing)\s+out|refus\w+\s+to|denied|deny|denies|rejected)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:may|might|could|would|will|shall|expect\w*|plan(?:s|ned|ning)?\s+to|intend\w*\s+to|set\s+to|is\s+to|are\s+to|consider\w*|prepar\w+\s+to|ready\s+to|pledg\w+\s+to|promis\w+\s+to|vow\w*\s+to|propos\w+|offer\w*\s+to|enable\s+us\s+to|involve|ask(?:s|ed)?|request(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+on)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"(?:\b(?:to|into|in|inside|toward|towards|on|across|within|throughout|through)\s+(?:(?:the|its|their)\s+)?(?:(?:NATO|[Tt]he\s+alliance|the\s+Alliance)(?:’s|'s)\s+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Direction();

    [GeneratedRegex(@"^(?:,\s*|\s+(?:and|or)\s+|,\s+and\s+)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListContinues();

    [GeneratedRegex(@",\s*but\b|\bbut\b|;|\bwhile\b|\bwhereas\b|\bbecause\b|\bas\s+(?:it|they|he|she)\b|[“”""]\s+and\s+\p{Ll}+ed\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?<size>(?:(?:about|around|some|roughly|approximately|nearly|almost|up\s+to|more\s+than|over|at\s+least|fewer\s+than|an\s+additional|another)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?|(?:two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:hundred|thousand)|hundreds|thousands))(?:\s+of)?\s+(?:[\p{L}\-]+\s+){0,2}?(?:troops|soldiers|forces|personnel|service\s?members|paratroopers|marines|reservists|sailors|jets|fighter\s+jets|aircraft|tanks|helicopters|warships|ships)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Size();
}
