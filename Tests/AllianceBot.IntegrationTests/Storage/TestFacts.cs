using AllianceBot.Facts.Model;

namespace AllianceBot.IntegrationTests.Storage;

/// <summary>Facts written for these tests (our own wording), every field of each kind filled, ids from <see cref="FactIds"/>.</summary>
internal static class TestFacts
{
    public static readonly DateTimeOffset Ingested = new(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero);

    public static FactSource Source(string url = "https://news.example/alliance/talks") =>
        new(url, "Allies meet as tension rises", "Example News", new DateOnly(2026, 3, 1));

    public static Fact Of(FactKind kind, DateOnly? date = null, string? url = null, string suffix = "") => FactIds.WithId(kind switch
    {
        FactKind.Article4Request => Base(kind, date, url, suffix) with
        {
            Countries = ["Poland", "Lithuania"], Requesters = ["Poland", "Lithuania"], RequesterGroup = "two eastern members",
        },
        FactKind.Article5 => Base(kind, date, url, suffix) with
        {
            Countries = ["United States"], Stance = Article5Stance.Commitment, By = "United States",
        },
        FactKind.Deployment => Base(kind, date, url, suffix) with
        {
            Countries = ["Germany", "Romania"], By = "Germany", To = ["Romania"], Assets = ["fighter jets", "air-defence crews"],
            Size = "about 300 troops", Certainty = Certainty.Expected,
        },
        FactKind.Statement => Base(kind, date, url, suffix) with
        {
            Countries = ["Estonia"], Speaker = "Kaja Example", Role = "Prime Minister of Estonia",
            Quote = "We stand together, and we will say so — \"clearly\" and 'often'.",
        },
        FactKind.Decision => Base(kind, date, url, suffix) with { Countries = ["NATO"], Actors = ["North Atlantic Council"] },
        _ => Base(kind, date, url, suffix) with { Countries = ["Ukraine"], Certainty = Certainty.Denied },
    });

    private static Fact Base(FactKind kind, DateOnly? date, string? url, string suffix) => new()
    {
        Id = string.Empty,
        Kind = kind,
        Summary = $"A test fact of kind {kind}{suffix}.",
        Date = date ?? new DateOnly(2026, 2, 28),
        Actors = ["Test Actor", "Zoë Ünïcode"],
        Source = Source(url ?? "https://news.example/alliance/talks"),
        Evidence = $"The evidence sentence for {kind}{suffix}, with a comma, 'quotes' and a % sign.",
        IngestedAt = Ingested,
    };
}
