namespace AllianceBot.Bot.Understanding;

/// <summary>Finds no countries: the stand-in until the extractor's gazetteer is plugged in.</summary>
public sealed class NoCountryFinder : ICountryFinder
{
    public IReadOnlyList<string> FindCountries(string text) => [];
}
