using System.Text.RegularExpressions;

namespace AllianceBot.Facts.Extraction.Rules;

/// <summary>
/// When a fact happened: the day named in its evidence; null when the evidence names only a vague time ("earlier this
/// month"); else the last day named earlier in the paragraph; else, for news of the day, the publication date —
/// unless the evidence speaks in the perfect ("has deployed", "has been invoked"), which dates nothing.
/// </summary>
internal static partial class FactDates
{
    public static DateOnly? For(AnalyzedArticle doc, TextRange evidence, bool perfectIsUndated = true)
    {
        var vague = false;
        foreach (var d in doc.DatesIn(evidence))
        {
            if (d.Date is { } day)
            {
                return day;
            }

            vague = true;
        }

        if (vague)
        {
            return null;
        }

        var fromParagraph = ParagraphDate(doc, evidence.Start);
        if (fromParagraph is not null)
        {
            return fromParagraph;
        }

        return perfectIsUndated && Perfect().IsMatch(doc.Span(evidence)) ? null : doc.Published;
    }

    private static DateOnly? ParagraphDate(AnalyzedArticle doc, int offset)
    {
        var index = doc.SentenceAt(offset);
        var paragraph = doc.Sentences[index].Paragraph;
        var start = index;
        while (start > 0 && doc.Sentences[start - 1].Paragraph == paragraph)
        {
            start--;
        }

        DateOnly? last = null;
        foreach (var d in doc.DatesIn(new TextRange(doc.Sentences[start].Start, doc.Sentences[index].Start)))
        {
            last = d.Date ?? last;
        }

        return last;
    }

    [GeneratedRegex(@"\b(?:has|have)\s+(?:(?:already|also|now|not|never|only|repeatedly)\s+)*(?:been\s+)?[a-z]+(?:ed|en|wn|nt)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Perfect();
}
