using AllianceBot.Facts.Extraction;

namespace AllianceBot.Bot.Understanding;

/// <summary>Countries and regions in questions, read with the extractor's <see cref="Gazetteer"/> (names, aliases, demonyms), so questions and facts use the same canonical names.</summary>
internal sealed class GazetteerCountryFinder(Gazetteer gazetteer) : ICountryFinder
{
    public IReadOnlyList<string> FindCountries(string text) =>
        gazetteer.Find(text).Select(m => m.Place.Name).Distinct(StringComparer.Ordinal).ToList();
}
