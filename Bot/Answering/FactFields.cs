using System.Globalization;
using AllianceBot.Facts.Model;
using Lucene.Net.Documents;

namespace AllianceBot.Bot.Answering;

/// <summary>The Lucene fields of a fact document, and how a fact becomes one.</summary>
public static class FactFields
{
    public const string Id = "id";
    public const string Kind = "kind";

    /// <summary>Lower-case country names: countries, destinations, requesters and who deploys.</summary>
    public const string Place = "place";

    /// <summary>Lower-case names of the speaker, actors and who deploys.</summary>
    public const string Person = "person";

    /// <summary>The fact's day as yyyyMMdd: its own date, else its source's publication date, else the ingestion day.</summary>
    public const string When = "when";
    public const string WhenSort = "when_sort";
    public const string Text = "text";

    public static string KindTerm(FactKind kind) => kind.ToString().ToLowerInvariant();

    public static string NameTerm(string name) => name.Trim().ToLowerInvariant();

    /// <summary>The day a fact counts for in periods and "newest first".</summary>
    public static DateOnly DayOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Date ?? fact.Source.Published ?? DateOnly.FromDateTime(fact.IngestedAt.UtcDateTime);
    }

    public static int DayNumber(DateOnly day) => (day.Year * 10000) + (day.Month * 100) + day.Day;

    public static Document ToDocument(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var day = DayNumber(DayOf(fact));
        var doc = new Document
        {
            new StringField(Id, fact.Id, Field.Store.YES),
            new StringField(Kind, KindTerm(fact.Kind), Field.Store.NO),
            new Int32Field(When, day, Field.Store.NO),
            new NumericDocValuesField(WhenSort, (day * 100000L) + (fact.IngestedAt.ToUnixTimeSeconds() % 100000)),
            new TextField(Text, TextOf(fact), Field.Store.NO),
        };
        foreach (var place in fact.Countries.Concat(fact.To).Concat(fact.Requesters).Append(fact.By).OfType<string>().Distinct())
        {
            doc.Add(new StringField(Place, NameTerm(place), Field.Store.NO));
        }

        foreach (var person in fact.Actors.Append(fact.Speaker).Append(fact.By).OfType<string>().Distinct())
        {
            doc.Add(new StringField(Person, NameTerm(person), Field.Store.NO));
        }

        return doc;
    }

    /// <summary>Words that name each kind, so "deployments" or "statements" in a question match facts of that kind.</summary>
    private static string KindWords(FactKind kind) => kind switch
    {
        FactKind.Article4Request => "Article 4 request consultations",
        FactKind.Article5 => "Article 5 collective defence",
        FactKind.Deployment => "deployment",
        FactKind.Statement => "statement",
        FactKind.Decision => "decision",
        _ => "event",
    };

    private static string TextOf(Fact fact) => string.Join(" . ", new[]
    {
        KindWords(fact.Kind), fact.Summary, fact.Quote, fact.Evidence, fact.Speaker, fact.Role, fact.By, fact.Size, fact.RequesterGroup,
        string.Join(", ", fact.Assets), string.Join(", ", fact.Countries), string.Join(", ", fact.To),
        string.Join(", ", fact.Requesters), string.Join(", ", fact.Actors),
        fact.Stance switch { Article5Stance.Invoked => "invoked", Article5Stance.NotInvoked => "not invoked", Article5Stance.Commitment => "commitment", _ => null }, fact.Certainty == Certainty.Denied ? "denied" : null,
        fact.Date?.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
    }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
