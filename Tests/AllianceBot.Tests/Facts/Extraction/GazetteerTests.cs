using AllianceBot.Facts.Extraction;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class GazetteerTests
{
    private readonly Gazetteer gazetteer = new();

    private string[] Names(string text) => gazetteer.Find(text).Select(p => p.Place.Name).ToArray();

    [Theory]
    [InlineData("US troops arrived.", "United States")]
    [InlineData("U.S. troops arrived.", "United States")]
    [InlineData("America sent help.", "United States")]
    [InlineData("Britain sent help.", "United Kingdom")]
    [InlineData("The UK sent help.", "United Kingdom")]
    [InlineData("Czechia sent help.", "Czech Republic")]
    [InlineData("Türkiye sent help.", "Turkey")]
    [InlineData("Holland sent help.", "Netherlands")]
    [InlineData("Polish jets took off.", "Poland")]
    [InlineData("Talks in Moscow failed.", "Russia")]
    public void Find_AliasesDemonymsAndCapitals_MapToTheCanonicalCountry(string text, string expected)
    {
        Assert.Equal([expected], Names(text));
    }

    [Theory]
    [InlineData("Troops went to the Baltic states.", "Baltic states")]
    [InlineData("Jets patrol NATO’s eastern flank.", "Eastern flank")]
    [InlineData("Nations of Eastern Europe agreed.", "Eastern Europe")]
    [InlineData("Central and Eastern Europe is calm.", "Central and Eastern Europe")]
    public void Find_Regions_MapToTheRegion(string text, string expected)
    {
        var place = Assert.Single(gazetteer.Find(text));

        Assert.Equal((expected, PlaceKind.Region), (place.Place.Name, place.Place.Kind));
    }

    [Fact]
    public void Find_NameInsideLongerWord_IsNotAPlace()
    {
        Assert.Empty(Names("Usually the Ukrainianist Romanesque Chinatown hosts them."));
    }

    [Fact]
    public void Find_DemonymMention_IsMarkedAsDemonym()
    {
        Assert.True(gazetteer.Find("Estonian soldiers").Single().IsDemonym);
    }

    [Fact]
    public void IsNatoMemberOn_FinlandBeforeAndAfterAccession_Differs()
    {
        var finland = gazetteer.Get("Finland")!;

        Assert.Equal((false, true), (finland.IsNatoMemberOn(new DateOnly(2022, 5, 1)), finland.IsNatoMemberOn(new DateOnly(2023, 5, 1))));
    }

    [Fact]
    public void IsNatoMemberOn_Ukraine_IsFalse()
    {
        Assert.False(gazetteer.Get("Ukraine")!.IsNatoMemberOn(new DateOnly(2025, 1, 1)));
    }
}
