using AllianceBot.Bot.Understanding;

namespace AllianceBot.Tests.Understanding;

/// <summary>
/// A fake <see cref="ICountryFinder"/> (named as such): knows a handful of names, so understanding can be tested
/// without the extractor's gazetteer. The real finder is tested with the gazetteer in the integration tests.
/// </summary>
internal sealed class FakeCountryFinder : ICountryFinder
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Lithuania"] = "Lithuania", ["Lithuanian"] = "Lithuania", ["Latvia"] = "Latvia", ["Moldova"] = "Moldova",
        ["Romania"] = "Romania", ["Germany"] = "Germany", ["German"] = "Germany", ["Canada"] = "Canada", ["US"] = "United States",
    };

    public IReadOnlyList<string> FindCountries(string text) =>
        text.Split([' ', '?', ',', '.', '!'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Names.GetValueOrDefault(w)).OfType<string>().Distinct().ToList();
}
