using System.Text.RegularExpressions;
using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// article4_request: a sentence that names Article 4 and a request ("requested", "called for", "invoked", "asked
/// for"…). Requesters are the NATO members (on the publication date) the sentence names; the group or count the text
/// gives ("eight Eastern European and Baltic nations", "NATO member states") goes in <see cref="Fact.RequesterGroup"/>.
/// The fact's countries are the requesters only, so a region in the group never reads as a requester.
/// </summary>
internal sealed partial class Article4Rule : IFactRule
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

    private static Fact? FromSentence(AnalyzedArticle doc, Sentence sentence)
    {
        var text = doc.Span(sentence.Range);
        if (text.IndexOf("rticle", StringComparison.Ordinal) < 0 || !ArticleFour().IsMatch(text) || text.IndexOfAny(AllianceContext) < 0)
        {
            return null; // no Article 4, or the Article 4 of something else (a constitution, a contract)
        }

        var request = Request().Match(doc.Text, sentence.Start, sentence.Range.Length);
        if (!request.Success || Negated().IsMatch(doc.Text.AsSpan(Math.Max(sentence.Start, request.Index - 25), Math.Min(25, request.Index - sentence.Start))))
        {
            return null;
        }

        var requesters = doc.PlacesIn(sentence.Range)
            .Where(p => p.Place.IsNatoMemberOn(doc.Published) && !doc.InQuote(p.Start))
            .Select(p => p.Place.Name).Distinct(StringComparer.Ordinal).ToList();
        var groupMatch = Group().Match(doc.Text, sentence.Start, sentence.Range.Length);
        var group = groupMatch.Success ? groupMatch.Value : null;
        if (requesters.Count == 0 && group is null)
        {
            return null;
        }

        var expected = Modal().IsMatch(doc.Text.AsSpan(Math.Max(sentence.Start, request.Index - 30), Math.Min(30, request.Index - sentence.Start)));
        var fact = FactDraft.Create(doc, FactKind.Article4Request, sentence.Range, Summary(requesters, group, expected));
        return fact with
        {
            Requesters = requesters,
            Countries = requesters,
            RequesterGroup = group,
            Actors = requesters.Count > 0 ? requesters : ["NATO"],
            Date = FactDates.For(doc, sentence.Range),
            Certainty = expected ? Certainty.Expected : Certainty.Reported,
        };
    }

    private static string Summary(List<string> requesters, string? group, bool expected)
    {
        var who = requesters.Count > 0 ? Phrases.Join(requesters.Select(Phrases.Display).ToList()) : Phrases.Capitalize(group!);
        var among = requesters.Count > 0 && group is not null ? $" (among {group})" : string.Empty;
        var verb = expected ? "may request" : "requested";
        return Phrases.Capitalize($"{who}{among} {verb} consultations under Article 4 of the North Atlantic Treaty.");
    }

    private static readonly System.Buffers.SearchValues<string> AllianceContext = System.Buffers.SearchValues.Create(
        ["nato", "alliance", "north atlantic", "treaty", "consultation", "allies", "talks"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b[Aa]rticle\s+(?:4|IV|[Ff]our)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ArticleFour();

    [GeneratedRegex(@"\b(?:request\w*|call(?:ed|s|ing)?\s+for|invok\w+|trigger\w*|sought|seek\w*|ask(?:ed|s|ing)?\s+for|convene\w*|push(?:ed|es|ing)?\s+for|demand\w*|initiat\w+)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:not|never|no|n[’']t|without)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(?:may|might|could|would|will|plans?\s+to|consider\w*|expected\s+to|ready\s+to|prepared\s+to|threaten\w*\s+to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Modal();

    [GeneratedRegex(@"(?<![Aa]rticle\s)\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a\s+group\s+of|a\s+number\s+of|a\s+handful\s+of)\s+(?:[\p{L}\-]+\s+){0,4}?(?:nations|countries|states|members|allies|governments)|(?:NATO\s+)?[Mm]ember\s+(?:states|countries|nations)|the\s+Baltic\s+states|NATO\s+allies)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Group();
}
