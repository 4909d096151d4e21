using System.Text.RegularExpressions;

namespace AllianceBot.Bot.Understanding;

/// <summary>
/// Turns a question into structured filters (kinds, countries, people, period) and the words to rank facts by.
/// Countries come from the extractor's gazetteer (through <see cref="ICountryFinder"/>), people from the
/// <see cref="PeopleDirectory"/> of names the fact table knows.
/// </summary>
public sealed partial class QuestionParser(TimePhraseParser timePhrases, PeopleDirectory people, ICountryFinder countries)
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "what", "whats", "what's", "which", "who", "whom", "whose", "where", "when", "why", "how", "did", "does", "do",
        "has", "have", "had", "been", "being", "is", "are", "was", "were", "will", "would", "can", "could", "should",
        "there", "say", "says", "said", "saying", "tell", "me", "us", "about", "any", "anything", "latest", "news", "new",
        "recent", "recently", "newest", "happen", "happened", "happening", "going", "know", "you", "please", "the", "a",
        "an", "of", "in", "on", "to", "for", "and", "or", "by", "it", "its", "that", "this", "so", "far", "yet", "ever",
        "some", "get", "got", "give", "show", "list", "all", "i", "we", "our",
    };

    public Question Parse(string text, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var phrase = timePhrases.Find(text, zone);
        var rest = phrase?.RemoveFrom(text) ?? text;
        var required = FactKindCues.Required(rest);
        var preferred = FactKindCues.Preferred(rest).Where(k => !required.Contains(k)).ToHashSet();
        var places = countries.FindCountries(rest);
        var persons = people.Find(rest);
        var words = Words(rest, places.Concat(persons));
        return new Question(text)
        {
            Form = FormOf(rest, required),
            RequiredKinds = required,
            PreferredKinds = preferred,
            Countries = places,
            People = persons,
            Range = phrase?.Range,
            NewestFirst = phrase is not null || Recency().IsMatch(text) || words.Count == 0,
            Words = words,
        };
    }

    private static QuestionForm FormOf(string text, IReadOnlySet<Facts.Model.FactKind> required)
    {
        if (YesNo().IsMatch(text))
        {
            return QuestionForm.YesNo;
        }

        if (WhichCountries().IsMatch(text))
        {
            return QuestionForm.WhichCountries;
        }

        if (Where().IsMatch(text))
        {
            return QuestionForm.Where;
        }

        if (HowMany().IsMatch(text))
        {
            return QuestionForm.HowMany;
        }

        return required.Contains(Facts.Model.FactKind.Statement) ? QuestionForm.WhatSaid : QuestionForm.Open;
    }

    /// <summary>The words to rank by: not question words, and not the names already used as filters.</summary>
    private static List<string> Words(string text, IEnumerable<string> filterNames)
    {
        var names = filterNames.SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Token().Matches(text).Select(m => m.Value.ToLowerInvariant())
            .Where(w => !QuestionWords.Contains(w) && !names.Contains(w)).Distinct().ToList();
    }

    [GeneratedRegex(@"^\s*(is|are|has|have|had|did|does|do|was|were|will|would|can|could|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();

    [GeneratedRegex(@"\bwhich\s+(countries|nations|allies|members|states|governments)\b|\bwho\s+(requested|asked|called|invoked)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichCountries();

    [GeneratedRegex(@"\bwhere\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();

    [GeneratedRegex(@"\bhow\s+(big|large|many|much|strong)\b|\bsize\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"\b(latest|recent|recently|newest|new|now|currently)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Recency();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}/\-,]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex Token();
}
