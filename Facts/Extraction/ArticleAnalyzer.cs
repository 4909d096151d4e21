using AllianceBot.Facts.Model;

namespace AllianceBot.Facts.Extraction;

/// <summary>Reads an article once: normalises it, splits sentences, finds quotes, places, dates, people and bodies, and attributes the quotes.</summary>
internal sealed class ArticleAnalyzer(
    TextNormalizer normalizer,
    SentenceSplitter splitter,
    QuoteFinder quotes,
    Gazetteer gazetteer,
    DateResolver dates,
    PersonFinder people,
    OrganisationFinder organisations,
    AttributionFinder attribution,
    TimeProvider time)
{
    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = normalizer.Normalize(article.Text);
        var published = article.Published ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var places = gazetteer.Find(text);
        var doc = new AnalyzedArticle
        {
            Article = article,
            Source = new FactSource(article.Url, article.Title, article.Publisher, article.Published),
            Original = article.Text,
            Text = text,
            Published = published,
            Sentences = splitter.Split(text),
            Places = places,
            Dates = dates.Find(text, published),
            Entities = Entities(text, places, published),
            QuoteSpans = quotes.Find(text),
        };
        doc.Quotes = attribution.Attribute(doc);
        return doc;
    }

    private List<EntityMention> Entities(string text, IReadOnlyList<PlaceMention> places, DateOnly published)
    {
        var all = new List<EntityMention>(people.Find(text, published));
        all.AddRange(organisations.Find(text));
        foreach (var p in places)
        {
            if (p.Place.Kind == PlaceKind.Country)
            {
                all.Add(new EntityMention(p.Start, p.End, EntityKind.Country, p.Place.Name, null, p.Place.Name));
            }
        }

        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        return all;
    }
}
