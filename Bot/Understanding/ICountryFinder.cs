namespace AllianceBot.Bot.Understanding;

/// <summary>Finds countries and regions named in text (names, demonyms, "the US") and returns their canonical names.</summary>
public interface ICountryFinder
{
    IReadOnlyList<string> FindCountries(string text);
}
