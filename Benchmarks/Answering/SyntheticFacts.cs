using System.Globalization;
using AllianceBot.Facts.Model;

namespace AllianceBot.Benchmarks.Answering;

/// <summary>Made-up facts of every kind, spread over countries, speakers and three years, from a fixed seed.</summary>
internal static class SyntheticFacts
{
    public static readonly string[] Countries =
    [
        "Poland", "Estonia", "Latvia", "Lithuania", "Romania", "Bulgaria", "Slovakia", "Hungary", "Germany", "France",
        "United States", "United Kingdom", "Canada", "Norway", "Finland", "Sweden", "Denmark", "Netherlands", "Italy", "Spain",
        "Turkey", "Greece", "Czech Republic", "Ukraine", "Moldova", "Georgia",
    ];

    private static readonly string[] FirstNames = ["Anna", "Piotr", "Marta", "Jonas", "Ingrid", "Carlos", "Elena", "Tomas", "Sofia", "Lukas", "Maria", "Henrik", "Nadia", "Oskar", "Irena", "Pavel"];
    private static readonly string[] LastNames = ["Kowal", "Berg", "Lindqvist", "Moreau", "Novak", "Petrov", "Silva", "Hansen", "Dumitru", "Varga", "Horvat", "Keller", "Marin", "Olsen", "Rossi", "Tamm"];
    private static readonly string[] Assets = ["troops", "fighter jets", "air defence systems", "a battalion", "warships", "tanks", "drones", "engineers", "patrol aircraft"];
    private static readonly string[] Topics = ["deterrence", "the eastern flank", "air policing", "cyber defence", "energy security", "exercises", "border security", "ammunition", "sanctions", "the summit"];

    public static IEnumerable<Fact> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var start = new DateOnly(2022, 1, 1);
        for (var i = 0; i < count; i++)
        {
            var date = start.AddDays(random.Next(0, 3 * 365));
            var country = Countries[random.Next(Countries.Length)];
            var other = Countries[random.Next(Countries.Length)];
            var source = new FactSource($"https://example.org/synthetic/{i / 20}", $"Synthetic report {i / 20}", "Synthetic Wire", date);
            var fact = (i % 6) switch
            {
                0 => Statement(random, date, country, source),
                1 => Deployment(random, date, country, other, source),
                2 => Article4(date, country, source),
                3 => Article5(random, date, country, source),
                4 => Decision(random, date, country, source),
                _ => Event(random, date, country, other, source),
            };
            yield return FactIds.WithId(fact with { Id = string.Empty, Summary = fact.Summary + string.Create(CultureInfo.InvariantCulture, $" (item {i})") });
        }
    }

    private static Fact Base(FactKind kind, DateOnly date, string summary, string evidence, FactSource source, params string[] countries) => new()
    {
        Id = string.Empty, Kind = kind, Date = date, Summary = summary, Evidence = evidence, Source = source, Countries = countries,
    };

    private static string Person(Random random) => $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";

    private static string Topic(Random random) => Topics[random.Next(Topics.Length)];

    private static Fact Statement(Random random, DateOnly date, string country, FactSource source)
    {
        var speaker = Person(random);
        var quote = $"We will stand firm on {Topic(random)} together with {country}";
        return Base(FactKind.Statement, date, $"{speaker} spoke about {country}.", $"\"{quote},\" {speaker} said.", source, country)
            with { Speaker = speaker, Role = "minister", Quote = quote, Actors = [speaker] };
    }

    private static Fact Deployment(Random random, DateOnly date, string by, string to, FactSource source)
    {
        var asset = Assets[random.Next(Assets.Length)];
        return Base(FactKind.Deployment, date, $"{by} is sending {asset} to {to}.", $"{by} said it is sending {asset} to {to} to support {Topic(random)}.", source, by, to)
            with { By = by, To = [to], Assets = [asset], Size = random.Next(4) == 0 ? $"about {random.Next(1, 50) * 100} soldiers" : null };
    }

    private static Fact Article4(DateOnly date, string country, FactSource source) =>
        Base(FactKind.Article4Request, date, $"{country} requested Article 4 consultations.", $"{country} asked allies for consultations under Article 4.", source, country)
            with { Requesters = [country] };

    private static Fact Article5(Random random, DateOnly date, string country, FactSource source) =>
        Base(FactKind.Article5, date, $"{country} affirmed its Article 5 commitment.", $"{country} said its commitment to Article 5 on {Topic(random)} is firm.", source, country)
            with { Stance = random.Next(3) == 0 ? Article5Stance.NotInvoked : Article5Stance.Commitment, By = country };

    private static Fact Decision(Random random, DateOnly date, string country, FactSource source) =>
        Base(FactKind.Decision, date, $"{country} decided new measures on {Topic(random)}.", $"The government of {country} approved new measures on {Topic(random)}.", source, country)
            with { Actors = [$"Government of {country}"] };

    private static Fact Event(Random random, DateOnly date, string country, string other, FactSource source) =>
        Base(FactKind.Event, date, $"An incident was reported near {country}.", $"Officials in {country} reported an incident involving {other} and {Topic(random)}.", source, country, other);
}
