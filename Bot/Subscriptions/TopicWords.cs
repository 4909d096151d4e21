using AllianceBot.Facts.Model;

namespace AllianceBot.Bot.Subscriptions;

/// <summary>The words a subscriber can use for kinds and countries, and how they are said back.</summary>
public static class TopicWords
{
    private static readonly Dictionary<string, FactKind> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["article5"] = FactKind.Article5, ["article-5"] = FactKind.Article5, ["article 5"] = FactKind.Article5,
        ["article4"] = FactKind.Article4Request, ["article-4"] = FactKind.Article4Request, ["article 4"] = FactKind.Article4Request,
        ["article4_request"] = FactKind.Article4Request, ["requests"] = FactKind.Article4Request,
        ["deployment"] = FactKind.Deployment, ["deployments"] = FactKind.Deployment, ["troops"] = FactKind.Deployment,
        ["decision"] = FactKind.Decision, ["decisions"] = FactKind.Decision,
        ["statement"] = FactKind.Statement, ["statements"] = FactKind.Statement, ["quotes"] = FactKind.Statement,
        ["event"] = FactKind.Event, ["events"] = FactKind.Event,
    };

    private static readonly string[] CountryNames =
    [
        "Albania", "Belgium", "Bulgaria", "Canada", "Croatia", "Czech Republic", "Denmark", "Estonia", "Finland", "France",
        "Germany", "Greece", "Hungary", "Iceland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Montenegro", "Netherlands",
        "North Macedonia", "Norway", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Turkey",
        "United Kingdom", "United States", "Ukraine", "Russia", "Belarus", "Moldova", "Georgia", "Baltic states",
    ];

    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["us"] = "United States", ["usa"] = "United States", ["america"] = "United States", ["uk"] = "United Kingdom",
        ["britain"] = "United Kingdom", ["czechia"] = "Czech Republic", ["turkiye"] = "Turkey", ["baltics"] = "Baltic states",
        ["holland"] = "Netherlands",
    };

    /// <summary>The kinds as a user may pick them (settings card), most important first.</summary>
    public static IReadOnlyList<FactKind> KindsByImportance { get; } =
        [FactKind.Article5, FactKind.Article4Request, FactKind.Deployment, FactKind.Decision, FactKind.Statement, FactKind.Event];

    public static bool TryKind(string word, out FactKind kind) => KindWords.TryGetValue(word.Trim(), out kind);

    /// <summary>Finds a country name (one word, or two words such as "united kingdom") and returns its canonical form.</summary>
    public static string? Country(string words)
    {
        var text = words.Trim();
        return CountryAliases.TryGetValue(text, out var alias)
            ? alias
            : CountryNames.FirstOrDefault(c => string.Equals(c, text, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"deployments", "Article 5 stances".</summary>
    public static string Plural(FactKind kind) => kind switch
    {
        FactKind.Article5 => "Article 5 stances",
        FactKind.Article4Request => "Article 4 requests",
        FactKind.Deployment => "deployments",
        FactKind.Decision => "decisions",
        FactKind.Statement => "statements",
        _ => "events",
    };

    /// <summary>The snake-case name used in JSON and in the settings card (<c>article4_request</c>).</summary>
    public static string Code(FactKind kind) => kind switch
    {
        FactKind.Article5 => "article5",
        FactKind.Article4Request => "article4_request",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
