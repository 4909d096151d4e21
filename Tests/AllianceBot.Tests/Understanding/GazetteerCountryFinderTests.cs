using AllianceBot.Bot.Understanding;
using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Understanding;

public sealed class GazetteerCountryFinderTests
{
    private readonly GazetteerCountryFinder finder = new(new Gazetteer());

    [Theory]
    [InlineData("Where is the US sending troops?", "United States")]
    [InlineData("Are there NATO troops in Ukraine?", "Ukraine")]
    [InlineData("What did the Polish government ask for?", "Poland")]
    public void FindCountries_NameAliasOrDemonym_GivesCanonicalName(string question, string expected)
    {
        Assert.Equal([expected], finder.FindCountries(question));
    }

    [Theory]
    [InlineData("Which countries requested Article 4 consultations?")]
    [InlineData("Has Article 5 been invoked?")]
    public void FindCountries_NoPlace_GivesNone(string question)
    {
        Assert.Empty(finder.FindCountries(question));
    }
}
