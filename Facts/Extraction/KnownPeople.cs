namespace AllianceBot.Facts.Extraction;

/// <summary>
/// Full names (and the role held on a date) of public figures that alliance news often calls by surname only
/// ("Stoltenberg said"), so a statement names its speaker in full even when the article never does.
/// </summary>
internal sealed class KnownPeople
{
    private static readonly KnownPerson[] People =
    [
        new("Jens Stoltenberg", ["Stoltenberg"], "NATO Secretary General", new(2014, 10, 1), new(2024, 9, 30), "NATO"),
        new("Mark Rutte", ["Rutte"], "NATO Secretary General", new(2024, 10, 1), null, "NATO"),
        new("Joe Biden", ["Biden"], "US President", new(2021, 1, 20), new(2025, 1, 19), "United States"),
        new("Donald Trump", ["Trump"], "US President", new(2025, 1, 20), null, "United States"),
        new("Antony Blinken", ["Blinken"], "US Secretary of State", new(2021, 1, 26), new(2025, 1, 19), "United States"),
        new("Volodymyr Zelensky", ["Zelensky", "Zelenskyy", "Zelenskiy"], "Ukrainian President", new(2019, 5, 20), null, "Ukraine"),
        new("Vladimir Putin", ["Putin"], "Russian President", new(2012, 5, 7), null, "Russia"),
        new("Sergei Lavrov", ["Lavrov"], "Russian Foreign Minister", new(2004, 3, 9), null, "Russia"),
        new("Dmitry Peskov", ["Peskov"], "Kremlin spokesman", new(2012, 5, 22), null, "Russia"),
        new("Alexander Lukashenko", ["Lukashenko"], "Belarusian President", new(1994, 7, 20), null, "Belarus"),
        new("Emmanuel Macron", ["Macron"], "French President", new(2017, 5, 14), null, "France"),
        new("Olaf Scholz", ["Scholz"], "German Chancellor", new(2021, 12, 8), new(2025, 5, 5), "Germany"),
        new("Andrzej Duda", ["Duda"], "Polish President", new(2015, 8, 6), new(2025, 8, 5), "Poland"),
        new("Recep Tayyip Erdogan", ["Erdogan", "Erdoğan"], "Turkish President", new(2014, 8, 28), null, "Turkey"),
        new("Ursula von der Leyen", ["Leyen"], "European Commission President", new(2019, 12, 1), null, "European Union"),
        new("Keir Starmer", ["Starmer"], "UK Prime Minister", new(2024, 7, 5), null, "United Kingdom"),
        new("Kaja Kallas", ["Kallas"], "Estonian Prime Minister", new(2021, 1, 26), new(2024, 7, 15), "Estonia"),
    ];

    private readonly Dictionary<string, KnownPerson> bySurname = People
        .SelectMany(p => p.Surnames.Select(s => (s, p)))
        .ToDictionary(x => x.s, x => x.p, StringComparer.Ordinal);

    /// <summary>The known person called <paramref name="surname"/>, or null.</summary>
    public KnownPerson? BySurname(string surname) => bySurname.GetValueOrDefault(surname);

    /// <summary>The person as this article's reader should know them on <paramref name="date"/>.</summary>
    public Person? Find(string surname, DateOnly date) =>
        BySurname(surname) is { } known ? new Person(known.Name, known.RoleOn(date), known.ActsFor) : null;
}
