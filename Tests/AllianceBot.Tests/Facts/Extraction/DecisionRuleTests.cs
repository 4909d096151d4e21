using AllianceBot.Facts.Model;

namespace AllianceBot.Tests.Facts.Extraction;

public sealed class DecisionRuleTests
{
    private static readonly DateOnly Published = new(2024, 5, 16);

    private static List<Fact> Decisions(IReadOnlyList<Fact> facts) => facts.Where(f => f.Kind == FactKind.Decision).ToList();

    [Fact]
    public void Apply_CouncilDecided_IsDecisionByTheCouncilOnThatDay()
    {
        var fact = Assert.Single(Decisions(Extraction.FactsOf("council-decision")));

        Assert.Equal(("North Atlantic Council", new DateOnly(2024, 6, 19)), (fact.By, fact.Date));
        Assert.Contains("raise the readiness of forces", fact.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AllianceActivatedPlans_IsDecisionByNato()
    {
        var fact = Assert.Single(Decisions(Extraction.FactsOf("The minister said the alliance has activated its defence plans.", Published)));

        Assert.Equal("NATO", fact.By);
    }

    [Fact]
    public void Apply_DecisionNotTaken_IsNoDecision()
    {
        Assert.Empty(Decisions(Extraction.FactsOf("The council has not decided on new sanctions.", Published)));
    }

    [Fact]
    public void Apply_FullDateInSentence_DatesTheDecision()
    {
        var fact = Assert.Single(Decisions(Extraction.FactsOf("romania-article5")));

        Assert.Equal(new DateOnly(2024, 2, 20), fact.Date);
    }
}
