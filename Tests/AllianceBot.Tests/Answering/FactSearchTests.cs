using AllianceBot.Testing.Facts;
using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Answering;

public sealed class FactSearchTests
{
    [Fact]
    public void Search_WordsOfOneFact_RanksItFirst()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("fighter jets");

        Assert.Equal(FixtureFacts.Jets.Id, result.Facts[0].Id);
    }

    [Fact]
    public void Search_RequiredKind_ReturnsOnlyThatKind()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("Has Article 5 been invoked?");

        Assert.NotEmpty(result.Facts);
        Assert.All(result.Facts, f => Assert.Equal(FactKind.Article5, f.Kind));
    }

    [Fact]
    public void Search_CountryFilter_KeepsFactsAboutThatCountry()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("What is being sent to Romania?");

        Assert.Equal([FixtureFacts.Jets.Id], result.Facts.Select(f => f.Id));
    }

    [Fact]
    public void Search_PersonWithoutWords_ReturnsTheirStatementsNewestFirst()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("What did Halvorsen say?");

        Assert.Equal([FixtureFacts.Denial.Id, FixtureFacts.Resolve.Id], result.Facts.Select(f => f.Id));
    }

    [Fact]
    public void Search_PeriodFilter_LeavesOutFactsOutsideIt()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("deployments in February 2024");

        Assert.Equal([FixtureFacts.Brigade.Id], result.Facts.Select(f => f.Id));
    }

    [Fact]
    public void Search_WordsNobodyUsed_FindsNothing()
    {
        using var fixture = new AnsweringFixture();

        Assert.Empty(fixture.Search("What is the weather on Mars?").Facts);
    }

    [Fact]
    public void Search_FiltersMatchButWordsDoNot_BroadensToTheFilters()
    {
        using var fixture = new AnsweringFixture();

        var result = fixture.Search("anything about weather in Lithuania?");

        Assert.True(result.Broadened);
        Assert.All(result.Facts, f => Assert.Contains("Lithuania", f.Countries));
    }

    [Fact]
    public void Search_FactAddedLater_IsFoundWithoutRebuilding()
    {
        using var fixture = new AnsweringFixture();
        var patrol = FixtureFacts.Jets with { Id = "patrol", Summary = "Norway started a maritime patrol.", Evidence = "Norway started a maritime patrol in the north." };

        fixture.Index.Add([patrol]);

        Assert.Equal("patrol", fixture.Search("maritime patrol").Facts[0].Id);
    }
}
