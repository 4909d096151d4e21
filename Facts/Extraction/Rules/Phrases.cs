using System.Text;
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
    public static string Clause(AnalyzedArticle doc, int start, int maxWords = 16)
    {
        var sentenceEnd = doc.Sentences[doc.SentenceAt(start)].End;
        var m = ClauseEnd().Match(doc.Text, start, sentenceEnd - start);
        var end = m.Success ? m.Index : sentenceEnd;
        var builder = new StringBuilder();
        var words = 0;
        foreach (var word in doc.Text.AsSpan(start, end - start).Trim().ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (++words > maxWords)
            {
                break;
            }

            builder.Append(builder.Length > 0 ? " " : string.Empty).Append(word.Trim('“', '”', '"', '„', '«', '»'));
        }

        return builder.ToString().TrimEnd('.', ',', ';', ':');
    }

    [GeneratedRegex(@"[,;:(–—]|(?<!\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Lt|Col|Maj|Adm|Sen|Gov|Mr|Mrs|Ms|Dr|St|[A-Z]))\.(?:\s|$)|\s(?:as|while|whereas|because|but|after|which|who)\s", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();
}
