using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>Helpers that compose plain summary sentences.</summary>
internal static partial class Phrases
{
    private static readonly HashSet<string> TakesThe = new(StringComparer.Ordinal)
    {
        "United States", "United Kingdom", "Netherlands", "Czech Republic", "European Union", "United Nations", "Pentagon",
        "Kremlin", "White House", "State Department", "North Atlantic Council", "Baltic states", "Nordic countries",
        "Black Sea region", "Baltic Sea region", "Western Balkans", "Eastern flank", "Arctic", "European Commission",
    };

    /// <summary>"A", "A and B", "A, B and C".</summary>
    public static string Join(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };

    /// <summary>A name as it reads in a sentence: "the United States", "NATO", "Jens Stoltenberg".</summary>
    public static string Display(string name) => TakesThe.Contains(name) ? "the " + name : name;

    public static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// The words from <paramref name="start"/> to the end of the clause (a comma, semicolon, dash, sentence end,
    /// " as ", " while ", " but "…), at most <paramref name="maxWords"/>, without quote marks.
    /// </summary>
    public static string Clause(AnalyzedArticle doc, int start, int maxWords = 24)
    {
        var sentenceEnd = doc.Sentences[doc.SentenceAt(start)].End;
        var end = ClauseEndFrom(doc.Text, start, Math.Min(sentenceEnd, start + 400));
        var words = doc.Text.AsSpan(start, end - start).Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('“', '”', '"', '„', '«', '»')).Where(w => w.Length > 0).ToList();
        if (words.Count > maxWords)
        {
            words = words[..maxWords];
            while (words.Count > 1 && Dangling.Contains(words[^1]))
            {
                words.RemoveAt(words.Count - 1);
            }
        }

        return string.Join(' ', words).TrimEnd('.', ',', ';', ':');
    }

    private static readonly HashSet<string> Dangling = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "the", "of", "a", "an", "and", "or", "in", "on", "at", "for", "with", "by", "from", "its", "their",
    };

    /// <summary>Where the clause from <paramref name="start"/> ends; a comma inside a list of names ("Slovakia, Hungary and Romania") does not end it.</summary>
    private static int ClauseEndFrom(string text, int start, int sentenceEnd)
    {
        var from = start;
        while (from < sentenceEnd)
        {
            var m = ClauseEnd().Match(text, from, sentenceEnd - from);
            if (!m.Success)
            {
                return sentenceEnd;
            }

            if (text[m.Index] != ',' || !ListOfNames().IsMatch(text, m.Index))
            {
                return m.Index;
            }

            from = m.Index + 1;
        }

        return sentenceEnd;
    }

    [GeneratedRegex(@"\G,\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?(?:,|\s+(?:and|or)\s)", RegexOptions.CultureInvariant)]
    private static partial Regex ListOfNames();

    [GeneratedRegex(@",(?!\d{3})|[;:(–—]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Adm|Sen|Gov|Mr|Mrs|Ms|Dr|St|[A-Z]))\.(?:\s|$)|\s(?:as|while|whereas|because|but|after|which|who|and\s+that)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();
}
