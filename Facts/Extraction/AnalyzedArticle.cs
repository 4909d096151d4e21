using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction;

/// <summary>
/// An article read once for all rules: its normalised text (same offsets as the original), sentences, quotes with
/// speakers, places, dates and the people and organisations named, plus the date relative expressions resolve against.
/// </summary>
internal sealed class AnalyzedArticle
{
    public required Article Article { get; init; }

    public required FactSource Source { get; init; }

    /// <summary>The original text: quotes and evidence are cut from it.</summary>
    public required string Original { get; init; }

    /// <summary>The normalised text the rules read; same length and offsets as <see cref="Original"/>.</summary>
    public required string Text { get; init; }

    /// <summary>The publication date, or today when the article has none.</summary>
    public required DateOnly Published { get; init; }

    public required IReadOnlyList<Sentence> Sentences { get; init; }

    public required IReadOnlyList<PlaceMention> Places { get; init; }

    public required IReadOnlyList<DateMention> Dates { get; init; }

    /// <summary>People, organisations and countries named, in text order.</summary>
    public required IReadOnlyList<EntityMention> Entities { get; init; }

    public required IReadOnlyList<QuoteSpan> QuoteSpans { get; init; }

    /// <summary>Quotes with their speakers; set once attribution has run.</summary>
    public IReadOnlyList<Quote> Quotes { get; set; } = [];

    public string Slice(TextRange range) => Original.Substring(range.Start, range.Length);

    public ReadOnlySpan<char> Span(TextRange range) => Text.AsSpan(range.Start, range.Length);

    /// <summary>The index of the sentence that holds <paramref name="offset"/> (or the last one before it).</summary>
    public int SentenceAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1, found = 0;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (Sentences[mid].Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="offset"/> lies inside a quotation.</summary>
    public bool InQuote(int offset)
    {
        int lo = 0, hi = QuoteSpans.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var q = QuoteSpans[mid];
            if (q.Contains(offset))
            {
                return true;
            }

            if (q.Open >= offset)
            {
                hi = mid - 1;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return false;
    }

    public IEnumerable<PlaceMention> PlacesIn(TextRange range) => InRange(Places, range, p => p.Start);

    public IEnumerable<EntityMention> EntitiesIn(TextRange range) => InRange(Entities, range, e => e.Start);

    /// <summary>Entities that overlap <paramref name="range"/>, also those that start before it ("Ursula von der Leyen" for "Leyen").</summary>
    public List<EntityMention> EntitiesOverlapping(TextRange range) =>
        EntitiesIn(new TextRange(Math.Max(0, range.Start - 80), range.End)).Where(e => e.End > range.Start).ToList();

    public IEnumerable<DateMention> DatesIn(TextRange range) => InRange(Dates, range, d => d.Start);

    public IEnumerable<Quote> QuotesIn(TextRange range) => Quotes.Where(q => range.Overlaps(new TextRange(q.Span.Open, q.Span.Close + 1)));

    private static IEnumerable<T> InRange<T>(IReadOnlyList<T> items, TextRange range, Func<T, int> start)
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (start(items[mid]) < range.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < items.Count && start(items[i]) < range.End; i++)
        {
            yield return items[i];
        }
    }
}
