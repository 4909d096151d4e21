using AllianceBot.Facts.Model;

namespace AllianceBot.Testing.Facts;

/// <summary>Facts from made-up short articles (fictional people and events), for ranking, answer and card tests.</summary>
public static class FixtureFacts
{
    public static readonly FactSource Wire = new("https://example.org/news/baltic-consultations", "Allies meet after border incident", "Example Wire", new DateOnly(2024, 3, 4));
    public static readonly FactSource Daily = new("https://example.org/daily/exercise", "Exercise moves east", "Example Daily", new DateOnly(2024, 3, 1));
    public static readonly FactSource History = new("https://example.org/explainer/article-5", "What Article 5 means", "Example Explainer", new DateOnly(2024, 2, 20));

    public static Fact Article4 { get; } = Make(FactKind.Article4Request, Wire, new DateOnly(2024, 3, 4),
        "Lithuania and Latvia requested Article 4 consultations.",
        "Lithuania and Latvia asked for consultations under Article 4 after the border incident.") with
    { Requesters = ["Lithuania", "Latvia"], RequesterGroup = "three Baltic states", Countries = ["Lithuania", "Latvia"] };

    public static Fact NotInvoked { get; } = Make(FactKind.Article5, Wire, new DateOnly(2024, 3, 4),
        "NATO did not invoke Article 5.",
        "Allies did not invoke Article 5 at Monday's meeting.") with
    { Stance = Article5Stance.NotInvoked, By = "NATO" };

    public static Fact Invoked { get; } = Make(FactKind.Article5, History, null,
        "Article 5 has been invoked once.",
        "The clause has been invoked only once, after the attacks of 2001.") with
    { Stance = Article5Stance.Invoked, By = "NATO" };

    public static Fact Denial { get; } = Make(FactKind.Statement, Wire, new DateOnly(2024, 3, 4),
        "Mira Halvorsen said there are no allied troops in Moldova.",
        "\"There are no allied combat troops in Moldova,\" Mira Halvorsen said.") with
    { Speaker = "Mira Halvorsen", Role = "Secretary General", Quote = "There are no allied combat troops in Moldova", Countries = ["Moldova"], Actors = ["Mira Halvorsen"] };

    public static Fact Resolve { get; } = Make(FactKind.Statement, Wire, new DateOnly(2024, 3, 3),
        "Mira Halvorsen said the alliance stands united.",
        "\"Our resolve has never been stronger,\" Mira Halvorsen said on Sunday.") with
    { Speaker = "Mira Halvorsen", Role = "Secretary General", Quote = "Our resolve has never been stronger", Actors = ["Mira Halvorsen"] };

    public static Fact Brigade { get; } = Make(FactKind.Deployment, Daily, new DateOnly(2024, 2, 28),
        "Germany is sending a brigade to Lithuania.",
        "Germany is sending an armoured brigade of about 5,000 soldiers to Lithuania.") with
    { By = "Germany", To = ["Lithuania"], Assets = ["armoured brigade"], Size = "about 5,000 soldiers", Countries = ["Germany", "Lithuania"] };

    public static Fact Jets { get; } = Make(FactKind.Deployment, Daily, new DateOnly(2024, 3, 1),
        "Canada is sending fighter jets to Romania.",
        "Canada said it would send six fighter jets to Romania.") with
    { By = "Canada", To = ["Romania"], Assets = ["fighter jets"], Countries = ["Canada", "Romania"] };

    public static Fact Sanctions { get; } = Make(FactKind.Decision, Wire, new DateOnly(2024, 3, 2),
        "The council adopted new sanctions.",
        "The council adopted a new package of sanctions on Saturday.") with
    { Actors = ["North Atlantic Council"] };

    public static IReadOnlyList<Fact> All { get; } = [Article4, NotInvoked, Invoked, Denial, Resolve, Brigade, Jets, Sanctions];

    private static Fact Make(FactKind kind, FactSource source, DateOnly? date, string summary, string evidence) => FactIds.WithId(new Fact
    {
        Id = string.Empty,
        Kind = kind,
        Summary = summary,
        Date = date,
        Source = source,
        Evidence = evidence,
    });
}
