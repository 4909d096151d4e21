using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// statement: every attributed quote of three words or more (one-word scare quotes such as “spillover” are no
/// statement). <see cref="Fact.Quote"/> is the quoted text cut verbatim from the article, the speaker the full name
/// as introduced (or the body), the role as the article gives it.
/// </summary>
internal sealed class StatementRule : IFactRule
{
    private const int MinWords = 3;

    public IEnumerable<Fact> Apply(AnalyzedArticle doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (var quote in doc.Quotes)
        {
            if (quote.Speaker is not { } speaker || quote.Content.Length == 0 || Words(doc.Span(quote.Content)) < MinWords)
            {
                continue;
            }

            var text = doc.Slice(quote.Content);
            var fact = FactDraft.Create(doc, FactKind.Statement, quote.Evidence, Summary(speaker, doc.Text.Substring(quote.Content.Start, quote.Content.Length)));
            yield return fact with
            {
                Speaker = speaker.Name,
                Role = speaker.Role,
                Quote = text,
                Actors = [speaker.Name],
                Date = FactDates.For(doc, quote.Evidence, perfectIsUndated: false),
            };
        }
    }

    private static int Words(ReadOnlySpan<char> text)
    {
        var words = 0;
        foreach (var range in text.Split(' '))
        {
            words += text[range].Trim().Length > 0 ? 1 : 0;
        }

        return words;
    }

    private static string Summary(Speaker speaker, string quote)
    {
        var words = quote.Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var gist = words.Length > 24 ? string.Join(' ', words.Take(24)) + " …" : string.Join(' ', words);
        var who = Phrases.Capitalize(Phrases.Display(speaker.Name)) + (speaker.Role is null ? string.Empty : $" ({speaker.Role})");
        gist = gist.Trim('“', '”', '"').TrimEnd();
        return $"{who} said: \"{gist}\"" + (gist.EndsWith('.') || gist.EndsWith('?') || gist.EndsWith('!') ? string.Empty : ".");
    }
}
