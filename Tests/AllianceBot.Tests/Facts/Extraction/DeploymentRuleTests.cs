using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class DeploymentRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Deployments(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Deployment).ToList();

    [Fact]
    public void Apply_CountryWillSendSoldiers_IsExpectedWithSizeAndDestination()
    {
        var fact = Deployments(Extraction.FactsOf("british-estonia")).Single(f => f.Certainty == Certainty.Expected);

        Assert.Equal(("United Kingdom", "about 900", "Estonia"), (fact.By, fact.Size, fact.To.Single()));
    }

    [Fact]
    public void Apply_DemonymBeforeAssets_IsTheSender()
    {
        var fact = Deployments(Extraction.FactsOf("british-estonia")).Single(f => f.Certainty == Certainty.Reported);

        Assert.Equal("United Kingdom", fact.By);
        Assert.Equal(["tanks", "infantry"], fact.Assets);
    }

    [Fact]
    public void Apply_ThereAreNoTroopsInside_IsDenied()
    {
        var fact = Deployments(Extraction.FactsOf("canada-denial")).Single(f => f.Assets.Contains("troops"));

        Assert.Equal((Certainty.Denied, "Canada", "Moldova"), (fact.Certainty, fact.By, fact.To.Single()));
    }

    [Fact]
    public void Apply_DeniedReportOfSending_IsDenied()
    {
        var fact = Deployments(Extraction.FactsOf("canada-denial")).Single(f => f.Assets.Contains("soldiers"));

        Assert.Equal(Certainty.Denied, fact.Certainty);
    }

    [Fact]
    public void Apply_BodyActingForCountry_SendsForThatCountry()
    {
        var text = "The Pentagon on Tuesday ordered 2,000 paratroopers to Poland and Romania.";

        var fact = Assert.Single(Deployments(Extraction.FactsOf(text, Published)));

        Assert.Equal(("United States", "2,000", new DateOnly(2024, 5, 14)), (fact.By, fact.Size, fact.Date));
        Assert.Equal(["Poland", "Romania"], fact.To);
    }

    [Fact]
    public void Apply_NamedNatoForce_IsSentByNato()
    {
        var text = "Analysts said the Very High Readiness Joint Task Force may be sent to the Baltic states.";

        var fact = Assert.Single(Deployments(Extraction.FactsOf(text, Published)));

        Assert.Equal(("NATO", Certainty.Expected, "Baltic states"), (fact.By, fact.Certainty, fact.To.Single()));
    }

    [Fact]
    public void Apply_PlaceAfterTheClause_IsNoDestination()
    {
        var text = "Germany deployed air defense systems to Lithuania, but said its soldiers would not fight in Belarus.";

        var fact = Assert.Single(Deployments(Extraction.FactsOf(text, Published)));

        Assert.Equal(["Lithuania"], fact.To);
    }

    [Fact]
    public void Apply_AssetsWithoutDeploymentVerb_IsNoDeployment()
    {
        Assert.Empty(Deployments(Extraction.FactsOf("Polish troops trained with tanks near Warsaw.", Published)));
    }

    [Fact]
    public void Apply_AskedToStationTroops_IsExpected()
    {
        var fact = Assert.Single(Deployments(Extraction.FactsOf("Latvia has asked Canada to station more troops in the country.", Published)));

        Assert.Equal(("Canada", Certainty.Expected), (fact.By, fact.Certainty));
    }

    [Fact]
    public void Apply_OfficialWithCountryTitle_SendsForThatCountry()
    {
        var fact = Assert.Single(Deployments(Extraction.FactsOf("U.S. Defense Secretary Tom Hale on Friday ordered 2,500 soldiers to Latvia.", Published)));

        Assert.Equal("United States", fact.By);
    }

    [Fact]
    public void Apply_ForceNamedWithItsAcronym_ListsTheForceOnce()
    {
        var text = "NATO will send the Very High Readiness Joint Task Force (VJTF) to Romania.";

        var fact = Assert.Single(Deployments(Extraction.FactsOf(text, Published)));

        Assert.Equal(["Very High Readiness Joint Task Force"], fact.Assets);
    }
}
