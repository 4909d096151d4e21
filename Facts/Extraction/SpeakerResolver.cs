using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Resolves the words that name a speaker to the speaker as first introduced: a name or surname ("Stoltenberg") to
/// the full name and role, "he"/"she" to the last person named outside quotes, "it" to the sentence's organisation,
/// a role ("the head of NATO", "the minister") to the last person who holds it, a body ("the North Atlantic
/// Council", "the Pentagon") to itself. Anonymous sources ("a senior NATO official") are kept as written.
/// </summary>
internal sealed partial class SpeakerResolver(OrganisationFinder organisations)
{
    /// <summary>
    /// The speaker named by the noun phrase <paramref name="phrase"/>; <paramref name="area"/> is the phrase with any
    /// appositive up to the speech verb ("Justyna Gotkowska, a program coordinator …,"), searched for named entities.
    /// </summary>
    public Speaker? Resolve(AnalyzedArticle doc, TextRange phrase, TextRange area)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var words = doc.Text.AsSpan(phrase.Start, phrase.Length).Trim().TrimEnd('.').ToString();
        if (words.Length == 0)
        {
            return null;
        }

        return words.ToLowerInvariant() switch
        {
            "he" or "she" => NearestPerson(doc, phrase.Start),
            "it" => SentenceOrganisation(doc, phrase.Start),
            "they" or "we" or "i" or "you" or "who" or "which" or "that" or "this" => null,
            _ => Named(doc, words, area),
        };
    }

    private Speaker? Named(AnalyzedArticle doc, string words, TextRange area)
    {
        var entities = doc.EntitiesOverlapping(area);
        if (entities.FirstOrDefault(e => e.Kind == EntityKind.Person) is { } person)
        {
            return ToSpeaker(person);
        }

        if (organisations.Match(words) is { } whole)
        {
            return ToSpeaker(whole);
        }

        var role = RoleDescription().Match(words);
        if (role.Success && HeadWord().IsMatch(role.Groups["rest"].Value))
        {
            var article = role.Groups["article"].Value;
            return article is "the" or "The"
                ? PersonByRole(doc, area.Start, role.Groups["rest"].Value)
                : new Speaker(article is "a" or "A" or "an" or "An" ? role.Groups["rest"].Value.Trim() : words, null, EntityKind.Person, null);
        }

        if (entities.FirstOrDefault(e => e.Kind == EntityKind.Organisation) is { } org)
        {
            return ToSpeaker(org);
        }

        if (entities.FirstOrDefault(e => e.Kind == EntityKind.Country) is { } country)
        {
            return ToSpeaker(country);
        }

        return Name().IsMatch(words) ? new Speaker(words, null, EntityKind.Person, null) : null;
    }

    private static Speaker ToSpeaker(EntityMention e) => new(e.Name, e.Role, e.Kind, e.ActsFor);

    /// <summary>The last person named before <paramref name="offset"/>, outside quotes.</summary>
    private static Speaker? NearestPerson(AnalyzedArticle doc, int offset)
    {
        for (var i = doc.Entities.Count - 1; i >= 0; i--)
        {
            var e = doc.Entities[i];
            if (e.Start < offset && e.Kind == EntityKind.Person && !doc.InQuote(e.Start))
            {
                return ToSpeaker(e);
            }
        }

        return null;
    }

    /// <summary>"it": the first organisation of the sentence, else the last one named before.</summary>
    private static Speaker? SentenceOrganisation(AnalyzedArticle doc, int offset)
    {
        var sentence = doc.Sentences[doc.SentenceAt(offset)];
        var inSentence = doc.EntitiesIn(new TextRange(sentence.Start, offset)).FirstOrDefault(e => e.Kind == EntityKind.Organisation);
        if (inSentence is not null)
        {
            return ToSpeaker(inSentence);
        }

        var before = doc.Entities.LastOrDefault(e => e.Start < offset && e.Kind == EntityKind.Organisation);
        return before is null ? null : ToSpeaker(before);
    }

    /// <summary>"the minister", "the head of NATO": the last person before whose role shares the head word.</summary>
    private static Speaker? PersonByRole(AnalyzedArticle doc, int offset, string description)
    {
        var people = doc.Entities.Where(e => e.Start < offset && e.Kind == EntityKind.Person && !doc.InQuote(e.Start)).Reverse().ToList();
        var head = HeadWord().Match(description);
        var natoChief = NatoChief().IsMatch(description);
        var match = people.FirstOrDefault(e => e.Role?.Contains(description.Trim(), StringComparison.OrdinalIgnoreCase) == true)
            ?? people.FirstOrDefault(e => natoChief && e.Role?.Contains("Secretary General", StringComparison.OrdinalIgnoreCase) == true)
            ?? people.FirstOrDefault(e => head.Success && e.Role?.Contains(head.Value, StringComparison.OrdinalIgnoreCase) == true)
            ?? people.FirstOrDefault();
        return match is null ? null : ToSpeaker(match);
    }

    [GeneratedRegex(@"^(?<article>[Tt]he|[Aa]n?|\p{Lu}\p{L}+(?:’s|'s))\s+(?<rest>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleDescription();

    [GeneratedRegex(@"\b(?:minister|president|secretary|chief|head|spokes\w+|commander|ambassador|chancellor|premier|leader|envoy|director|chair\w*|general|admiral|official|source|diplomat|analyst|expert|officer)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex HeadWord();

    [GeneratedRegex(@"(?:head|chief|leader)\s+of\s+(?:NATO|the\s+alliance)|(?:NATO|alliance’s|alliance's)\s+(?:chief|head|leader)|secretary[ -]general", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NatoChief();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}\p{M}’'\-]+\s+){0,3}\p{Lu}[\p{L}\p{M}’'\-]*\p{Ll}[\p{L}\p{M}’'\-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
